-- The free-text partners of activities were turned into activity_partner links by V18_1.
alter table activity drop column partners;
