package org.praxis.platform.eventstore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.UUID;

/** A fresh in-memory database holding only the data-key table, as the event store's migration makes it. */
final class DataKeyTable {

    private DataKeyTable() {
    }

    static JdbcTemplate inMemory() {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        jdbc.execute("create table praxis_data_key (subject_id varchar(255) primary key, secret varbinary(32) not null, "
                + "created_at timestamp(6) with time zone not null)");
        return jdbc;
    }
}
