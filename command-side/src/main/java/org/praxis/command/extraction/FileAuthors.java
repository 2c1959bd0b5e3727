package org.praxis.command.extraction;

import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TikaCoreProperties;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people a file names as its writers, read from its own metadata as Tika reports it: the creator (Office
 * and OpenDocument {@code dc:creator}, PDF and XMP author, HTML {@code meta name=author}, an e-mail's From) and
 * the last author (Office {@code meta:last-author}). A value may name several people, separated by {@code ;}
 * or {@code ,}, some written surname first ({@link WrittenNames}); names are kept as written, once each, at most
 * {@value #MAX_AUTHORS}. A value longer than {@value #MAX_VALUE_LENGTH} characters is a notice ("© Copyright 2020-2022, LaTeX Project Team., All rights
 * reserved…"), not names, and is left out; so is a part of more than {@value #MAX_NAME_LENGTH} characters.
 */
final class FileAuthors {

    static final int MAX_AUTHORS = 20;
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_NAME_LENGTH = 80;
    private static final List<String> WRITERS = List.of(TikaCoreProperties.CREATOR.getName(),
            Office.AUTHOR.getName(), Message.MESSAGE_FROM, Office.LAST_AUTHOR.getName(),
            TikaCoreProperties.MODIFIER.getName());

    private FileAuthors() {
    }

    static List<String> of(Metadata metadata) {
        Set<String> authors = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String property : WRITERS) {
            for (String value : metadata.getValues(property)) {
                if (value == null || value.length() > MAX_VALUE_LENGTH) {
                    continue;
                }
                for (String part : WrittenNames.of(value)) {
                    String name = part.strip();
                    boolean aName = name.length() <= MAX_NAME_LENGTH && name.chars().anyMatch(Character::isLetter);
                    if (aName && seen.add(name.toLowerCase(Locale.ROOT)) && authors.size() < MAX_AUTHORS) {
                        authors.add(name);
                    }
                }
            }
        }
        return new ArrayList<>(authors);
    }
}
