package org.praxis.command.extraction;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Text a Word author marked hidden is not shown, so it is not content. Tika's readers have no option to leave it
 * out, so before a Word package (.docx, .docm, .dotx) is read, the runs whose own properties hide them
 * ({@code <w:r><w:rPr><w:vanish/>}, ECMA-376 Part 1 §17.3.2.41; {@code w:val="false|0|off"} shows them) are
 * dropped from a copy of its parts: body, headers, footers, foot- and endnotes and comments. A vanished
 * paragraph mark ({@code w:pPr/w:rPr/w:vanish}) only joins two paragraphs and hides no text; hidden character
 * styles (hiding through {@code styles.xml}) are not followed. Untouched parts are copied still compressed, so
 * the copy never inflates what it does not read; a part is scanned only up to {@value #MAX_PART_BYTES} bytes.
 */
final class HiddenWordText {

    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final Set<String> WORD_NAMESPACES = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final byte[] MARK = "vanish".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> OFF = Set.of("false", "0", "off");

    private HiddenWordText() {
    }

    /** Whether files of this media type are Word packages, whose runs may be hidden. */
    static boolean applies(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.contains("wordprocessingml") || type.startsWith("application/vnd.ms-word.document.macroenabled")
                || type.startsWith("application/vnd.ms-word.template.macroenabled");
    }

    /**
     * A copy of {@code docx} in {@code folder} without its hidden runs, or empty when no part hides text or the
     * package cannot be read as one (the reader then reports the file as it is).
     */
    static Optional<Path> withoutHiddenRuns(Path docx, Path folder) {
        try (ZipFile archive = ZipFile.builder().setPath(docx).get()) {
            Set<String> hiding = new HashSet<>();
            for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
                if (isWordPart(entry.getName()) && mentionsVanish(archive, entry)) {
                    hiding.add(entry.getName());
                }
            }
            if (hiding.isEmpty()) {
                return Optional.empty();
            }
            Path copy = Files.createTempFile(folder, "visible", ".docx");
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(copy)) {
                for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
                    if (hiding.contains(entry.getName())) {
                        out.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
                        try (InputStream part = archive.getInputStream(entry)) {
                            dropHiddenRuns(part, out);
                        }
                        out.closeArchiveEntry();
                    } else {
                        out.addRawArchiveEntry(entry, archive.getRawInputStream(entry));
                    }
                }
            }
            return Optional.of(copy);
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean isWordPart(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("word/") && lower.endsWith(".xml");
    }

    private static boolean mentionsVanish(ZipFile archive, ZipArchiveEntry entry) throws IOException {
        try (InputStream part = archive.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            int matched = 0;
            long read = 0;
            for (int n; read < MAX_PART_BYTES && (n = part.read(buffer)) > 0; read += n) {
                for (int i = 0; i < n; i++) {
                    matched = buffer[i] == MARK[matched] ? matched + 1 : (buffer[i] == MARK[0] ? 1 : 0);
                    if (matched == MARK.length) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Copies one part, leaving out every run whose own properties hide it, with all it holds. */
    static void dropHiddenRuns(InputStream part, OutputStream out) throws XMLStreamException {
        XMLInputFactory inputs = XMLInputFactory.newFactory();
        inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLEventReader reader = inputs.createXMLEventReader(part);
        XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
        while (reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            if (isWord(event, "r")) {
                List<XMLEvent> head = runHead(event, reader);
                if (hides(head)) {
                    skipRest(reader);
                    continue;
                }
                for (XMLEvent kept : head) {
                    writer.add(kept);
                }
            } else {
                writer.add(event);
            }
        }
        writer.flush();
    }

    /** The run's start, the blanks after it and its properties ({@code w:rPr}) when it has any. */
    private static List<XMLEvent> runHead(XMLEvent start, XMLEventReader reader) throws XMLStreamException {
        List<XMLEvent> head = new ArrayList<>(List.of(start));
        while (reader.hasNext() && reader.peek().isCharacters() && reader.peek().asCharacters().isWhiteSpace()) {
            head.add(reader.nextEvent());
        }
        if (reader.hasNext() && isWord(reader.peek(), "rPr")) {
            int depth = 0;
            do {
                XMLEvent event = reader.nextEvent();
                depth += event.isStartElement() ? 1 : event.isEndElement() ? -1 : 0;
                head.add(event);
            } while (depth > 0 && reader.hasNext());
        }
        return head;
    }

    /** Whether a run's own properties (not a tracked change's earlier ones) switch {@code w:vanish} on. */
    private static boolean hides(List<XMLEvent> head) {
        int depth = 0;
        for (XMLEvent event : head) {
            if (event.isStartElement()) {
                depth++;
                if (depth == 3 && isWord(event, "vanish")) {
                    return isOn(event.asStartElement());
                }
            } else if (event.isEndElement()) {
                depth--;
            }
        }
        return false;
    }

    private static boolean isOn(StartElement vanish) {
        for (var attributes = vanish.getAttributes(); attributes.hasNext(); ) {
            Attribute attribute = attributes.next();
            if (attribute.getName().getLocalPart().equals("val")) {
                return !OFF.contains(attribute.getValue().strip().toLowerCase(Locale.ROOT));
            }
        }
        return true;
    }

    /** Reads past the end of the run whose start and properties were read. */
    private static void skipRest(XMLEventReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            depth += event.isStartElement() ? 1 : event.isEndElement() ? -1 : 0;
        }
    }

    private static boolean isWord(XMLEvent event, String localName) {
        if (!event.isStartElement()) {
            return false;
        }
        QName name = event.asStartElement().getName();
        return name.getLocalPart().equals(localName) && WORD_NAMESPACES.contains(name.getNamespaceURI());
    }
}
