-- Clients: the people and companies the crews visit, with their phone numbers and addresses.

create sequence client_seq start with 50 increment by 50;

create table client (
    id             bigint        not null primary key,
    name           varchar(200)  not null,
    -- lower-cased name and e-mail, for case-insensitive search on both databases
    search_key     varchar(460)  not null,
    email          varchar(254),
    comment        varchar(2000),
    source         varchar(100),
    created_at     timestamp with time zone not null,
    -- set when an administrator merged this duplicate into another client; it is kept for history
    merged_into_id bigint        references client (id),
    version        bigint        not null
);

create index client_search_idx on client (search_key);
create index client_created_idx on client (created_at);

create sequence client_phone_seq start with 50 increment by 50;

create table client_phone (
    id        bigint       not null primary key,
    client_id bigint       not null references client (id),
    -- E.164; a number belongs to one client, which is how duplicates are prevented
    phone     varchar(20)  not null,
    note      varchar(100),
    position  integer      not null
);

create unique index client_phone_uk on client_phone (phone);
create index client_phone_client_idx on client_phone (client_id);

create sequence client_address_seq start with 50 increment by 50;

create table client_address (
    id        bigint       not null primary key,
    client_id bigint       not null references client (id),
    address   varchar(500) not null,
    entrance  varchar(20),
    floor     varchar(20),
    apartment varchar(20),
    intercom  varchar(40),
    note      varchar(500),
    position  integer      not null
);

create index client_address_client_idx on client_address (client_id);
