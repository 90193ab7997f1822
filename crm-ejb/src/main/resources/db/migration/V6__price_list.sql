-- The service price list, and the item an order's line was picked from.
-- A line keeps its own copy of the item's name, unit and price (V3's columns): changing the price
-- list never changes an order. An item that a line names is only deactivated, never deleted.

create sequence service_item_seq start with 50 increment by 50;

create table service_item (
    id        bigint         not null primary key,
    name      varchar(200)   not null,
    -- the name in lower case with single spaces: unique regardless of case
    name_key  varchar(200)   not null,
    unit      varchar(20)    not null,
    price     numeric(12, 2) not null,
    category  varchar(100),
    active    boolean        not null,
    version   bigint         not null,
    constraint service_item_price_ck check (price >= 0)
);

create unique index service_item_name_uk on service_item (name_key);

alter table order_line add column service_item_id bigint;
alter table order_line add constraint order_line_service_item_fk
    foreign key (service_item_id) references service_item (id);
-- Whether an item is on any order (before it is deleted).
create index order_line_service_item_idx on order_line (service_item_id);
