-- Points on the map: where each order, assessment and client address is, how the point was found
-- (geo_status: PENDING not yet asked, FOUND by the geocoder, NOT_FOUND flagged for a person,
-- MANUAL placed by hand, which the geocoder never overwrites), the geocoder's answers cached by
-- normalized address, and the geocoder and map settings (one row).

alter table client_address add column latitude double precision;
alter table client_address add column longitude double precision;
alter table client_address add column geo_status varchar(12) default 'PENDING' not null;
alter table client_address add column geo_source varchar(16);
alter table client_address add column geo_at timestamp with time zone;
alter table client_address add constraint client_address_geo_ck
    check (geo_status in ('PENDING', 'FOUND', 'NOT_FOUND', 'MANUAL'));

alter table crm_order add column latitude double precision;
alter table crm_order add column longitude double precision;
alter table crm_order add column geo_status varchar(12) default 'PENDING' not null;
alter table crm_order add column geo_source varchar(16);
alter table crm_order add column geo_at timestamp with time zone;
alter table crm_order add constraint crm_order_geo_ck
    check (geo_status in ('PENDING', 'FOUND', 'NOT_FOUND', 'MANUAL'));

alter table site_assessment add column latitude double precision;
alter table site_assessment add column longitude double precision;
alter table site_assessment add column geo_status varchar(12) default 'PENDING' not null;
alter table site_assessment add column geo_source varchar(16);
alter table site_assessment add column geo_at timestamp with time zone;
alter table site_assessment add constraint site_assessment_geo_ck
    check (geo_status in ('PENDING', 'FOUND', 'NOT_FOUND', 'MANUAL'));

-- The geocoder picks up what is still PENDING.
create index crm_order_geo_pending_idx on crm_order (geo_status);
create index site_assessment_geo_pending_idx on site_assessment (geo_status);
create index client_address_geo_pending_idx on client_address (geo_status);

-- One answer per provider and normalized address; found = false is a remembered "not found".
create table geocode_cache (
    provider    varchar(16)  not null,
    query       varchar(500) not null,
    found       boolean      not null,
    latitude    double precision,
    longitude   double precision,
    resolved_at timestamp with time zone not null,
    primary key (provider, query)
);

create table geo_settings (
    id               integer      not null primary key,
    geocoder         varchar(16)  not null,
    geocoder_url     varchar(200),
    geocoder_key     varchar(200),
    geocoder_secret  varchar(200),
    google_maps_key  varchar(200),
    saved_at         timestamp with time zone,
    saved_by         bigint       references crm_user (id),
    version          bigint       not null,
    constraint geo_settings_single_ck check (id = 1),
    constraint geo_settings_geocoder_ck check (geocoder in ('NONE', 'NOMINATIM', 'YANDEX', 'DADATA'))
);

-- No geocoder until the administrator chooses one: points stay PENDING or are placed by hand.
insert into geo_settings (id, geocoder, version) values (1, 'NONE', 0);
