package org.praxis.command.extraction;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.TikaCoreProperties;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What Praxis reads from an image besides the words OCR finds in it: its size in pixels, read from the header
 * without decoding it (so a "pixel flood" that declares 50,000 × 50,000 pixels in a few kilobytes is never
 * decoded or handed to Tesseract), and the facts people search photos by, written as text after the OCR text:
 * camera make and model, description, keywords and the date it was taken (EXIF, IPTC and XMP as Tika reads
 * them).
 */
final class ImageFacts {

    /**
     * Images larger than this are not read by OCR: 100 million pixels is a page of A3 scanned at 600 dpi
     * (7,016 × 9,921 ≈ 70 Mpx) with room to spare, and about 300 MB once decoded as RGB.
     */
    static final long MAX_OCR_PIXELS = 100_000_000L;

    private ImageFacts() {
    }

    /** The first image's width × height as its header declares it; empty when no image reader knows the format. */
    static OptionalLong pixels(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            if (in == null) {
                return OptionalLong.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return OptionalLong.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return OptionalLong.of((long) reader.getWidth(0) * reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return OptionalLong.empty();
        }
    }

    /** Lines such as "Camera: Canon EOS 40D" for the facts the image's metadata holds; none when it holds none. */
    static List<String> searchable(Metadata metadata) {
        List<String> lines = new ArrayList<>();
        String make = metadata.get(TIFF.EQUIPMENT_MAKE);
        String model = metadata.get(TIFF.EQUIPMENT_MODEL);
        boolean modelNamesMake = make == null
                || model != null && model.toLowerCase(Locale.ROOT).startsWith(make.toLowerCase(Locale.ROOT));
        String camera = model == null ? make : modelNamesMake ? model : make + " " + model;
        add(lines, "Camera", camera == null ? List.of() : List.of(camera));
        add(lines, "Description", values(metadata, TikaCoreProperties.DESCRIPTION.getName()));
        add(lines, "Keywords", values(metadata, TikaCoreProperties.SUBJECT.getName(), Office.KEYWORDS.getName()));
        String taken = metadata.get(TIFF.ORIGINAL_DATE);
        add(lines, "Taken", taken == null ? List.of() : List.of(taken.length() >= 10 ? taken.substring(0, 10) : taken));
        return lines;
    }

    private static Set<String> values(Metadata metadata, String... names) {
        Set<String> values = new LinkedHashSet<>();
        for (String name : names) {
            for (String value : metadata.getValues(name)) {
                for (String part : value.split("[;,]")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
            }
        }
        return values;
    }

    private static void add(List<String> lines, String label, Collection<String> values) {
        List<String> shown = values.stream().filter(value -> !value.isBlank()).map(String::strip).toList();
        if (!shown.isEmpty()) {
            lines.add(label + ": " + String.join(", ", shown));
        }
    }
}
