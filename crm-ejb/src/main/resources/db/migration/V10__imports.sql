-- Imports from spreadsheets: the key that keeps an order from being imported twice (the file's own
-- order number, or a hash of its date, time, phone, address and amount), and the column mapping
-- remembered for each kind of import.

alter table crm_order add column import_key varchar(80);

-- Hand-made orders have none; NULLs never collide, on PostgreSQL and H2 alike.
create unique index crm_order_import_key_ux on crm_order (import_key);

create table import_mapping (
    kind       varchar(16)   not null primary key,
    columns    varchar(8000) not null,
    saved_at   timestamp with time zone not null,
    saved_by   bigint        references crm_user (id),
    version    bigint        not null,
    constraint import_mapping_kind_ck check (kind in ('CLIENTS', 'ORDERS'))
);
