package org.praxis.app.document;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which documents this instance recorded with which bytes lately (the last {@value #REMEMBERED} contents):
 * the index lists a new upload only after its projection and a refresh, and two identical files uploaded a
 * moment apart must still be named as the same. Older uploads, and those through other instances, are found
 * in the index.
 */
@Component
class RecentContent {

    static final int REMEMBERED = 10_000;

    private final Map<String, Set<String>> documentsByContent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized void remember(String contentHash, String documentId) {
        documentsByContent.computeIfAbsent(contentHash, hash -> new TreeSet<>()).add(documentId);
    }

    synchronized List<String> documentsWith(String contentHash) {
        return List.copyOf(documentsByContent.getOrDefault(contentHash, Set.of()));
    }
}
