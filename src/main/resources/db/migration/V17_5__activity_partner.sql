-- Which registered partners take part in which activity, and in what role (IATI participating-org roles:
-- FUNDING, IMPLEMENTING, ACCOUNTABLE, EXTENDING). Replaces activity.partners free text (migrated in V18).
create table activity_partner (
    activity_id  bigint      not null references activity (id) on delete cascade,
    partner_code varchar(40) not null references partner (code),
    role         varchar(20) not null default 'IMPLEMENTING',
    primary key (activity_id, partner_code),
    constraint activity_partner_role_check check (role in ('FUNDING', 'IMPLEMENTING', 'ACCOUNTABLE', 'EXTENDING'))
);
create index activity_partner_code on activity_partner (partner_code);
