package org.praxis.platform.eventstore;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreDurabilityTest {

    @TempDir
    Path folder;

    @Test
    void anH2FileWithItsDefaultsIsReportedAsLosingCommitsInACrash() {
        List<String> risks = risksOf("jdbc:h2:file:" + folder.resolve("plain"));

        assertThat(risks).hasSize(2);
        assertThat(risks.get(0)).contains("500 ms", "WRITE_DELAY=0");
        assertThat(risks.get(1)).contains("jdbc:h2:dsync:file:");
    }

    @Test
    void anH2FileOpenedAsTheEmbeddedDefaultDoesIsNot() {
        SynchronousFilePath.register();

        assertThat(risksOf("jdbc:h2:dsync:file:" + folder.resolve("durable") + ";WRITE_DELAY=0")).isEmpty();
    }

    private static List<String> risksOf(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url + ";DB_CLOSE_DELAY=0");
        h2.setUser("praxis");
        return new EventStoreDurability(new JdbcTemplate(h2)).risks();
    }
}
