package org.praxis.command.document;

import java.text.Normalizer;

/**
 * A client's file name is data, never a path: Praxis keeps only its last segment, without control
 * characters, at most 255 characters long, for display and downloads. Files are stored under their hash.
 */
public final class FileNames {

    static final int MAX_LENGTH = 255;
    static final String FALLBACK = "unnamed";

    private FileNames() {
    }

    public static String safe(String clientName) {
        if (clientName == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(clientName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return FALLBACK;
        }
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }
}
