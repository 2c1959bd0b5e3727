create table praxis_api_token (
    id varchar(36) not null,
    username varchar(255) not null,
    name varchar(100) not null,
    token_hash varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    primary key (id),
    constraint uk_praxis_api_token_hash unique (token_hash)
);
create index ix_praxis_api_token_username on praxis_api_token (username);

-- one AES key per erasable subject (a document); erasing the subject deletes its key (ADR 8)
create table praxis_data_key (
    subject_id varchar(255) not null,
    secret varbinary(32) not null,
    created_at timestamp(6) with time zone not null,
    primary key (subject_id)
);
