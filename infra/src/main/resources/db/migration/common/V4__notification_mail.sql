-- e-mailed notifications (issue 20, ADR 20): how each person wants to hear of their notifications by e-mail, when
-- they were last sent some, and which notifications were mailed
create table praxis_notification_setting (
    username varchar(255) not null,
    email varchar(320),
    delivery varchar(20) not null,
    last_sent_at timestamp(6) with time zone,
    primary key (username)
);

alter table praxis_notification add column mailed_at timestamp(6) with time zone;
