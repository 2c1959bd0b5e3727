package org.praxis.query.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.blob.FileBlobStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractedTextSourceTest {

    @TempDir
    Path folder;

    @Test
    void readsTheWholeTextAcrossManyChunksUpToTheLimit() throws IOException {
        FileBlobStore blobs = new FileBlobStore(folder);
        String text = "Überströmung im Windkanal. ".repeat(2_000);
        String hash = blobs.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).hash();
        ExtractedTextSource source = ExtractedTextSource.of(blobs);

        assertThat(source.read(hash, 1_000_000)).isEqualTo(text);
        assertThat(source.read(hash, 20_001)).isEqualTo(text.substring(0, 20_001));
        assertThat(source.read(hash, 5)).isEqualTo("Übers");
    }
}
