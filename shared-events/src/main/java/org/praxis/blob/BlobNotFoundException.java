package org.praxis.blob;

import java.io.IOException;

public class BlobNotFoundException extends IOException {

    public BlobNotFoundException(String hash) {
        super("no blob " + hash);
    }
}
