package org.praxis.tools.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Files that look like a company's share, for the ingest benchmark: the office, PDF, mail, web, spreadsheet and
 * text files of a corpus folder (images and archives are left out), copied again and again, every copy's bytes
 * changed by a marker in a place its format ignores, so that no copy is taken for another. Every fourth copy of a
 * text, CSV, Markdown or HTML file is grown to about {@value #GROWN_BYTES} bytes by repeating its content, so sizes
 * run from a few kilobytes to a few megabytes.
 * <p>
 * Where the marker goes, by container: ZIP packages (OOXML, OpenDocument, EPUB) get it as the archive comment (the
 * end-of-central-directory record's comment length is set, APPNOTE.TXT 4.3.16), OLE2 files (Word, Excel and
 * PowerPoint 97, Outlook messages) as one more 512-byte sector no directory entry points to, PDF as a comment line
 * after {@code %%EOF}, RTF as an ignorable destination group {@code {\*\praxisbench …}}, HTML as a comment, and
 * text, CSV, Markdown and mail (after the last MIME boundary: the epilogue) as a last line.
 */
final class CompanyShare {

    static final int GROWN_BYTES = 2 * 1024 * 1024;
    private static final int SECTOR = 512;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int END_RECORD_LENGTH = 22;
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("docx", Kind.ZIP), Map.entry("xlsx", Kind.ZIP), Map.entry("pptx", Kind.ZIP),
            Map.entry("odt", Kind.ZIP), Map.entry("ods", Kind.ZIP), Map.entry("odp", Kind.ZIP),
            Map.entry("epub", Kind.ZIP), Map.entry("doc", Kind.OLE2), Map.entry("xls", Kind.OLE2),
            Map.entry("ppt", Kind.OLE2), Map.entry("msg", Kind.OLE2), Map.entry("pdf", Kind.PDF),
            Map.entry("rtf", Kind.RTF), Map.entry("html", Kind.HTML), Map.entry("htm", Kind.HTML),
            Map.entry("txt", Kind.TEXT), Map.entry("csv", Kind.TEXT), Map.entry("md", Kind.TEXT),
            Map.entry("eml", Kind.MAIL));

    private enum Kind { ZIP, OLE2, PDF, RTF, HTML, TEXT, MAIL }

    private CompanyShare() {
    }

    /** The corpus files the mix is made of, by name; empty when the folder holds none. */
    static List<Path> sources(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(Files::isRegularFile).filter(file -> KINDS.containsKey(extension(file))).sorted()
                    .toList();
        }
    }

    /**
     * {@code count} changed copies of the sources, in a new folder, each named after its source, the batch's
     * {@code label} and its copy number ({@code report-mix-7.pdf}); the sources take turns. Copies of batches with
     * different labels differ too.
     *
     * @throws IllegalArgumentException when there are no sources
     */
    static List<Path> copies(List<Path> sources, int count, String label) throws IOException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no office, PDF, mail, web or text files to make a mix of");
        }
        Path folder = Files.createTempDirectory("praxis-bench-share");
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path source = sources.get(i % sources.size());
            boolean grown = (i / sources.size()) % 4 == 3;
            copies.add(Files.write(folder.resolve(stem(source) + "-" + label + "-" + i + "." + extension(source)),
                    changed(source, "praxis-bench " + label + " copy " + i, grown)));
        }
        return copies;
    }

    /** The file's bytes with the marker where its format ignores it; a text file grown first when asked. */
    static byte[] changed(Path file, String marker, boolean grow) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return switch (KINDS.get(extension(file))) {
            case ZIP -> withArchiveComment(bytes, ascii(marker));
            case OLE2 -> concat(bytes, Arrays.copyOf(ascii(marker), SECTOR));
            case PDF -> concat(bytes, ascii("\n%" + marker + "\n"));
            case RTF -> beforeLastBrace(bytes, ascii("{\\*\\praxisbench " + marker + "}"));
            case HTML -> concat(grow ? grown(bytes) : bytes, ascii("\n<!-- " + marker + " -->\n"));
            case TEXT -> concat(grow ? grown(bytes) : bytes, ascii("\n" + marker + "\n"));
            case MAIL -> concat(bytes, ascii("\n" + marker + "\n"));
        };
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] withArchiveComment(byte[] zip, byte[] comment) {
        for (int at = zip.length - END_RECORD_LENGTH; at >= 0; at--) {
            if (ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).getInt(at) == END_OF_CENTRAL_DIRECTORY) {
                byte[] changed = Arrays.copyOf(zip, at + END_RECORD_LENGTH + comment.length);
                ByteBuffer.wrap(changed).order(ByteOrder.LITTLE_ENDIAN).putShort(at + 20, (short) comment.length);
                System.arraycopy(comment, 0, changed, at + END_RECORD_LENGTH, comment.length);
                return changed;
            }
        }
        throw new IllegalArgumentException("not a ZIP archive: no end of central directory record");
    }

    private static byte[] beforeLastBrace(byte[] rtf, byte[] group) {
        for (int at = rtf.length - 1; at >= 0; at--) {
            if (rtf[at] == '}') {
                byte[] changed = new byte[rtf.length + group.length];
                System.arraycopy(rtf, 0, changed, 0, at);
                System.arraycopy(group, 0, changed, at, group.length);
                System.arraycopy(rtf, at, changed, at + group.length, rtf.length - at);
                return changed;
            }
        }
        throw new IllegalArgumentException("not an RTF document: no closing brace");
    }

    private static byte[] grown(byte[] text) {
        byte[] grown = new byte[Math.max(text.length, GROWN_BYTES / Math.max(1, text.length) * text.length)];
        for (int at = 0; at < grown.length; at += text.length) {
            System.arraycopy(text, 0, grown, at, text.length);
        }
        return grown;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
