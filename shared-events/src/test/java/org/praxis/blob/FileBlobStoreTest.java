package org.praxis.blob;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileBlobStoreTest {

    @TempDir
    Path root;

    @Test
    void storesBytesUnderTheirSha256() throws IOException {
        BlobStore store = new FileBlobStore(root);

        StoredBlob blob = store.put(stream("hello"));

        assertThat(blob.hash()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(blob.size()).isEqualTo(5);
        assertThat(Files.readString(store.locate(blob.hash()))).isEqualTo("hello");
    }

    @Test
    void keepsIdenticalBytesOnce() throws IOException {
        BlobStore store = new FileBlobStore(root);

        StoredBlob first = store.put(stream("same"));
        StoredBlob second = store.put(stream("same"));

        assertThat(second).isEqualTo(first);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    @Test
    void neverTurnsAKeyIntoAPathOutsideTheStore() throws IOException {
        BlobStore store = new FileBlobStore(root);

        assertThatThrownBy(() -> store.locate("../../etc/passwd")).isInstanceOf(BlobNotFoundException.class);
        assertThatThrownBy(() -> store.locate("b".repeat(64))).isInstanceOf(BlobNotFoundException.class);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
