-- Positions of the managers, sent by their phones (Traccar Client) or by tracker-client.
-- A device proves itself with a token the administrator issued to a manager; only the token's
-- SHA-256 is kept, so the database never holds a usable token.

create sequence device_token_seq start with 50 increment by 50;

create table device_token (
    id            bigint       not null primary key,
    manager_id    bigint       not null references crm_user (id),
    label         varchar(60)  not null,
    token_hash    varchar(64)  not null,
    issued_at     timestamp with time zone not null,
    issued_by     bigint       references crm_user (id),
    revoked_at    timestamp with time zone,
    last_used_at  timestamp with time zone,
    -- the newest position the device has sent, kept here so that the map's "where is everybody"
    -- reads this small table instead of searching the positions
    last_time     timestamp with time zone,
    last_latitude double precision,
    last_longitude double precision,
    last_accuracy double precision,
    last_speed    double precision,
    last_heading  double precision,
    last_battery  double precision,
    version       bigint       not null
);

create unique index device_token_hash_uk on device_token (token_hash);
create index device_token_manager_idx on device_token (manager_id);

create sequence gps_position_seq start with 50 increment by 50;

create table gps_position (
    id           bigint           not null primary key,
    manager_id   bigint           not null references crm_user (id),
    device_id    bigint           not null references device_token (id),
    device_time  timestamp with time zone not null,
    received_at  timestamp with time zone not null,
    latitude     double precision not null,
    longitude    double precision not null,
    accuracy_m   double precision,
    speed_mps    double precision,
    heading      double precision,
    altitude_m   double precision,
    battery_pct  double precision,
    constraint gps_position_lat_ck check (latitude between -90 and 90),
    constraint gps_position_lon_ck check (longitude between -180 and 180)
);

-- A resent batch stores nothing twice: one position per device and device time.
create unique index gps_position_device_time_uk on gps_position (device_id, device_time);
-- A manager's track for a day, and the last position of each manager (the newest device time).
create index gps_position_manager_time_idx on gps_position (manager_id, device_time);
