package org.praxis.command.extraction;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileAuthorsTest {

    @Test
    void severalNamesInOneValueAreSeveralAuthorsEachOnce() {
        Metadata metadata = new Metadata();
        metadata.add(TikaCoreProperties.CREATOR, "Alice Smith; Bob Jones, Carol Diaz");
        metadata.set(Office.LAST_AUTHOR, "bob jones");

        assertThat(FileAuthors.of(metadata)).containsExactly("Alice Smith", "Bob Jones", "Carol Diaz");
    }

    @Test
    void aNameWrittenSurnameFirstIsOneAuthor() {
        Metadata metadata = new Metadata();
        metadata.add(TikaCoreProperties.CREATOR, "Perlis, A. J.; Samelson,K.");
        metadata.add(TikaCoreProperties.CREATOR, "van Driest, E. R.");
        metadata.add(TikaCoreProperties.CREATOR, "Doe, Jane");
        metadata.add(TikaCoreProperties.CREATOR, "de la cruz,m.a.");

        assertThat(FileAuthors.of(metadata)).containsExactly("Perlis, A. J.", "Samelson,K.", "van Driest, E. R.",
                "Doe, Jane", "de la cruz,m.a.");
    }

    @Test
    void aCopyrightNoticeInTheAuthorFieldIsNoAuthor() {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CREATOR, "© Copyright 2020-2022, LaTeX Project Team., All rights reserved."
                + "This file may be distributed and/or modified under the conditions of the LaTeX Project Public "
                + "License, either version 1.3c of this license or (at your option) any later version.");
        metadata.set(Office.LAST_AUTHOR, "2021");

        assertThat(FileAuthors.of(metadata)).isEmpty();
    }
}
