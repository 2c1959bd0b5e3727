-- An account can be disabled (its sessions and API tokens stop working at once) and its password reset by an admin
-- (the person chooses a new one at the next sign-in). Sessions signed in before sessions_valid_from have ended.
alter table praxis_account add column enabled boolean default true not null;
alter table praxis_account add column must_change_password boolean default false not null;
alter table praxis_account add column sessions_valid_from timestamp(6) with time zone;
