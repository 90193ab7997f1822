-- SMS to clients: the settings (one row), a template per trigger, and the outbox, which is also
-- the log of every message.

create table sms_settings (
    id            integer      not null primary key,
    gateway       varchar(16)  not null,
    login         varchar(100),
    secret        varchar(200),
    sender        varchar(11),
    api_url       varchar(200),
    quiet_hours   boolean      not null,
    quiet_from    time,
    quiet_to      time,
    reminder_hour integer      not null,
    saved_at      timestamp with time zone,
    saved_by      bigint       references crm_user (id),
    version       bigint       not null,
    constraint sms_settings_single_ck check (id = 1),
    constraint sms_settings_gateway_ck check (gateway in ('JOURNAL', 'SMS_RU', 'SMSC', 'SMS_AERO'))
);

-- Until the administrator chooses a gateway, messages are only recorded.
insert into sms_settings (id, gateway, quiet_hours, quiet_from, quiet_to, reminder_hour, version)
values (1, 'JOURNAL', true, time '21:00:00', time '09:00:00', 18, 0);

create table sms_template (
    settings_id    integer       not null references sms_settings (id),
    trigger_name   varchar(24)   not null,
    enabled        boolean       not null,
    body           varchar(1000),
    delay_minutes  integer       not null,
    drop_on_change boolean       not null,
    primary key (settings_id, trigger_name),
    constraint sms_template_delay_ck check (delay_minutes between 0 and 1440)
);

-- Texts to start from, all off: the administrator turns on what the company wants.
insert into sms_template values
    (1, 'ORDER_NEW', false, 'Заказ №{номер} принят: {дата}, {время}, {адрес}.', 0, true),
    (1, 'ORDER_ASSIGNED', false, 'Заказ №{номер}: мастер {менеджер} приедет {дата} {время}.', 0, true),
    (1, 'ORDER_LEFT_OFFICE', false, '{клиент}, мастер {менеджер} выехал к вам по заказу №{номер}. Тел. {телефон_менеджера}', 0, true),
    (1, 'ORDER_IN_PROGRESS', false, null, 0, true),
    (1, 'ORDER_DONE', false, 'Заказ №{номер} выполнен, сумма {сумма}. Спасибо, что выбрали нас!', 30, true),
    (1, 'ORDER_CLOSED', false, null, 0, true),
    (1, 'ORDER_CANCELLED', false, 'Заказ №{номер} на {дата} отменён.', 0, false),
    (1, 'ORDER_REMINDER', false, 'Напоминаем: {дата} {время} к вам приедет мастер, {адрес}. Заказ №{номер}.', 0, true),
    (1, 'ASSESSMENT_PLANNED', false, 'Оценка объекта №{номер}: {дата}, {время}, {адрес}.', 0, true),
    (1, 'ASSESSMENT_DONE', false, null, 0, true),
    (1, 'ASSESSMENT_CANCELLED', false, 'Оценка объекта №{номер} на {дата} отменена.', 0, false),
    (1, 'ASSESSMENT_REMINDER', false, 'Напоминаем: {дата} {время} оценка объекта, {адрес}.', 0, true);

create sequence sms_message_seq start with 50 increment by 50;

-- The outbox: a message is written in the transaction of the change that causes it and sent by
-- the timers of any instance once it is due. An instance claims a message (status SENDING, its
-- name, a token, the time) before handing it to the gateway; a claim left by a stopped instance
-- is found and settled by asking the gateway whether it took the message.
create table sms_message (
    id                 bigint        not null primary key,
    trigger_name       varchar(24),
    order_id           bigint        references crm_order (id),
    order_number       bigint,
    assessment_id      bigint        references site_assessment (id),
    assessment_number  bigint,
    phone              varchar(40)   not null,
    body               varchar(1000) not null,
    parts              integer       not null,
    status             varchar(12)   not null,
    drop_on_change     boolean       not null,
    gateway            varchar(16),
    gateway_message_id varchar(64),
    attempts           integer       not null,
    error_code         varchar(40),
    error_text         varchar(500),
    created_at         timestamp with time zone not null,
    due_at             timestamp with time zone not null,
    claimed_by         varchar(200),
    claim_token        varchar(36),
    claimed_at         timestamp with time zone,
    first_claimed_at   timestamp with time zone,
    sent_at            timestamp with time zone,
    delivered_at       timestamp with time zone,
    next_check_at      timestamp with time zone,
    checks             integer       not null,
    resent_from_id     bigint        references sms_message (id),
    version            bigint        not null,
    constraint sms_message_status_ck check (status in ('SCHEDULED', 'SENDING', 'SENT', 'DELIVERED', 'UNDELIVERED',
        'FAILED', 'DROPPED', 'JOURNALED', 'UNCERTAIN'))
);

create index sms_message_due_idx on sms_message (status, due_at);
create index sms_message_check_idx on sms_message (status, next_check_at);
create index sms_message_order_idx on sms_message (order_id, created_at);
create index sms_message_assessment_idx on sms_message (assessment_id, created_at);
create index sms_message_created_idx on sms_message (created_at);
create index sms_message_phone_idx on sms_message (phone);
create index sms_message_order_number_idx on sms_message (order_number);
