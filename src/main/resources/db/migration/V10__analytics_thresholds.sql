-- Issue 4: per-indicator thresholds that turn percent of target into a status (on track at or above on_track, at
-- risk at or above at_risk, else off track). Indicators without a row use the defaults 90 and 60.
create table analytics_threshold (
    indicator_code varchar(40)   not null primary key references indicator (code),
    on_track       numeric(7, 2) not null,
    at_risk        numeric(7, 2) not null,
    version        integer       not null default 0,
    updated_by     varchar(80)   not null,
    updated_at     timestamp with time zone not null,
    constraint analytics_threshold_order check (at_risk <= on_track),
    constraint analytics_threshold_range check (at_risk >= 0 and on_track <= 1000)
);
