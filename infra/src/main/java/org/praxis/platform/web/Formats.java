package org.praxis.platform.web;

import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;

/**
 * Values as people read them on the pages ({@code ${@formats.size(…)}} in templates): sizes in bytes, KB, MB or GB
 * (1 KB = 1,024 bytes, one decimal below 10), media types as the kind of file they are ("PDF", "Word document").
 */
@Component("formats")
public class Formats {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    /** Media types people know by another name; others read as their subtype ("image/webp" → "WEBP image"). */
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "Word document"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
            Map.entry("application/vnd.ms-excel", "Excel spreadsheet"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel spreadsheet"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint presentation"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "PowerPoint presentation"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation"),
            Map.entry("application/rtf", "Rich text"),
            Map.entry("application/epub+zip", "EPUB book"),
            Map.entry("application/zip", "ZIP archive"),
            Map.entry("application/json", "JSON"),
            Map.entry("application/xml", "XML"),
            Map.entry("application/vnd.ms-outlook", "Outlook message"),
            Map.entry("message/rfc822", "E-mail"),
            Map.entry("text/plain", "Plain text"),
            Map.entry("text/html", "Web page"),
            Map.entry("application/xhtml+xml", "Web page"),
            Map.entry("text/csv", "CSV table"),
            Map.entry("text/markdown", "Markdown"),
            Map.entry("text/x-web-markdown", "Markdown"));

    /** {@code 1536} → "1.5 KB"; {@code 512} → "512 bytes". */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.valueOf(Math.round(value))) + " "
                + UNITS[unit];
    }

    /** {@code application/pdf} → "PDF"; parameters such as {@code ; charset=UTF-8} are left aside. */
    public String mediaType(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return "Unknown";
        }
        String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String known = MEDIA_TYPES.get(bare);
        if (known != null) {
            return known;
        }
        int slash = bare.indexOf('/');
        String subtype = bare.substring(slash + 1).replaceFirst("^(x-|vnd\\.)", "").toUpperCase(Locale.ROOT);
        return switch (slash < 0 ? "" : bare.substring(0, slash)) {
            case "image" -> subtype + " image";
            case "audio" -> subtype + " audio";
            case "video" -> subtype + " video";
            case "text" -> subtype + " text";
            default -> subtype + " file";
        };
    }
}
