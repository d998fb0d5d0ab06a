-- Issues 4 and 5: values published by others carry their origin and nature, demo values are flagged so they can be
-- shown as demo and removed in one action, and data elements whose values a register derives are marked (their
-- values cannot be entered, imported or posted by hand).
alter table data_element add column derived_from varchar(40);
alter table data_value add column nature varchar(10);
alter table data_value add column origin varchar(200);
alter table data_value add column demo boolean default false not null;
