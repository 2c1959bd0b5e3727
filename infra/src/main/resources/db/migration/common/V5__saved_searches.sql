-- saved searches (issue 20, ADR 20): a person's searches, kept to run again, and the results each has already
-- shown them, so that only new ones are notified
create table praxis_saved_search (
    id varchar(36) not null,
    owner varchar(255) not null,
    name varchar(200) not null,
    query_text varchar(4000) not null,
    item_type varchar(20),
    tag varchar(255),
    project varchar(255),
    media_type varchar(255),
    from_day date,
    to_day date,
    notify boolean not null,
    created_at timestamp(6) with time zone not null,
    primary key (id)
);
create index ix_praxis_saved_search_owner on praxis_saved_search (owner);

create table praxis_saved_search_seen (
    search_id varchar(36) not null,
    item_id varchar(255) not null,
    primary key (search_id, item_id)
);
