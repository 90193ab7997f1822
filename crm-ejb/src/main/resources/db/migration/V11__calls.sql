-- Calls through a virtual PBX: the users' extensions, the PBX settings (one row), the call log and
-- the inbox of the events the PBX posted.

alter table crm_user add column extension varchar(16);
create unique index crm_user_extension_uk on crm_user (extension);

create table pbx_settings (
    id            integer      not null primary key,
    pbx           varchar(16)  not null,
    api_key       varchar(100),
    secret        varchar(200),
    api_url       varchar(200),
    webhook_token varchar(64),
    saved_at      timestamp with time zone,
    saved_by      bigint       references crm_user (id),
    version       bigint       not null,
    constraint pbx_settings_single_ck check (id = 1),
    constraint pbx_settings_pbx_ck check (pbx in ('NONE', 'GENERIC', 'ZADARMA', 'MANGO'))
);

-- Until the administrator chooses a PBX, events are refused.
insert into pbx_settings (id, pbx, version) values (1, 'NONE', 0);

create sequence phone_call_seq start with 50 increment by 50;

-- A call as the PBX reported it, one row per call of a PBX (its call id): the events fill it in
-- whatever order they come. The user, client and order are found after the event is stored.
create table phone_call (
    id               bigint        not null primary key,
    pbx              varchar(16)   not null,
    pbx_call_id      varchar(100)  not null,
    direction        varchar(8)    not null,
    client_phone     varchar(40),
    our_number       varchar(40),
    extension        varchar(16),
    user_id          bigint        references crm_user (id),
    client_id        bigint        references client (id),
    order_id         bigint        references crm_order (id),
    started_at       timestamp with time zone not null,
    answered_at      timestamp with time zone,
    ended_at         timestamp with time zone,
    duration_seconds integer,
    result           varchar(12),
    recording_url    varchar(500),
    matched_at       timestamp with time zone,
    created_at       timestamp with time zone not null,
    version          bigint        not null,
    constraint phone_call_direction_ck check (direction in ('INCOMING', 'OUTGOING')),
    constraint phone_call_result_ck check (result in ('ANSWERED', 'MISSED', 'BUSY', 'NO_ANSWER', 'FAILED'))
);

create unique index phone_call_pbx_uk on phone_call (pbx, pbx_call_id);
create index phone_call_started_idx on phone_call (started_at);
create index phone_call_user_idx on phone_call (user_id, started_at);
create index phone_call_client_idx on phone_call (client_id, started_at);
create index phone_call_missed_idx on phone_call (result, started_at);

create sequence pbx_event_seq start with 50 increment by 50;

-- Every event heard, as it came (the raw request), once: a replayed event finds its key taken.
create table pbx_event (
    id          bigint        not null primary key,
    pbx         varchar(16)   not null,
    event_key   varchar(200)  not null,
    kind        varchar(12)   not null,
    call_id     bigint        not null references phone_call (id),
    payload     varchar(4000) not null,
    received_at timestamp with time zone not null
);

create unique index pbx_event_key_uk on pbx_event (pbx, event_key);
create index pbx_event_call_idx on pbx_event (call_id);
