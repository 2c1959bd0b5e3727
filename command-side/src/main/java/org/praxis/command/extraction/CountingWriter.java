package org.praxis.command.extraction;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Counts the characters written through it. */
final class CountingWriter extends FilterWriter {

    private long count;

    CountingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        super.write(c);
        count++;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        super.write(buffer, offset, length);
        count += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        super.write(text, offset, length);
        count += length;
    }

    long count() {
        return count;
    }
}
