-- Benchmark data for the CRM, run by generate.sh (psql variables: managers, clients, orders, seed,
-- zone). Everything is inserted in one transaction; the id ranges are reserved first by advancing
-- the sequences (ids come in blocks of 50, as the application allocates them), so a CRM running
-- meanwhile never hands out a generated id, and nothing has to be fixed up afterwards.
--
-- What it makes, on the rules of V1-V5 and of the entities:
--   managers   manager001… (role MANAGER), the administrator's password hash;
--   clients    persons (85 %) and companies, e-mail for about half, search_key = lower(name + ' ' + email);
--              1-2 mobile numbers each (+79…, E.164, unique: a permutation of the nine digits) with the
--              suffixes of their digits (client_phone_suffix, as ClientPhone.suffixesOf), and one address;
--   orders     over the last two years and the next month, lines from a price list, 12 % with a
--              discount, 10 % of the finished ones with a price change, final sum = amount - discount +
--              price change; statuses by date: closed days are CLOSED or CANCELLED (and have their
--              manager_day), yesterday DONE, today every status, the future NEW or ASSIGNED;
--              numbers from crm_order_number_seq in the order of creation; one history entry (the
--              status at creation) per order.

\set QUIET on
\timing on
set client_min_messages = warning;
begin;
set local work_mem = '256MB';
set local timezone = :'zone';

do $$
begin
    if to_regclass('flyway_schema_history') is null then
        raise exception 'The schema is not there: start the CRM on this database once first (it migrates it)';
    end if;
    if not exists (select 1 from flyway_schema_history where version = '5' and success) then
        raise exception 'The schema is older than V5: start this version of the CRM on the database once first';
    end if;
    if not exists (select 1 from crm_user where configured_admin) then
        raise exception 'No administrator: start the CRM on this database once first (it creates it)';
    end if;
    if exists (select 1 from client) or exists (select 1 from crm_order) then
        raise exception 'The database already has clients or orders: generate into a new database';
    end if;
end
$$;

select setseed(:seed) as seeded \gset
select (now() at time zone :'zone')::date as today,
       (select id from crm_user where configured_admin order by id limit 1) as admin_id,
       (select login from crm_user where configured_admin order by id limit 1) as admin_login
\gset

-- Reserves n values of a sequence of step 1 or 50 past everything handed out or stored; returns
-- the last value before the range (the range is base + 1 … base + n).
create function pg_temp.reserve(seq regclass, tbl regclass, col text, n bigint, step int) returns bigint
language plpgsql as $$
declare
    last bigint;
    called boolean;
    top bigint;
    base bigint;
begin
    execute format('select last_value, is_called from %s', seq) into last, called;
    execute format('select coalesce(max(%I), 0) from %s', col, tbl) into top;
    base := greatest(case when called then last else last - step end, top, 0);
    if step = 1 then
        perform setval(seq, base + n);
    else
        perform setval(seq, (base + n + step - 1) / step * step);
    end if;
    return base;
end
$$;

create function pg_temp.pick(a text[], r double precision) returns text language sql immutable
as $$ select a[1 + floor(r * cardinality(a))::int] $$;

-- E.164 mobile number number k (1 … 999,999,999): the nine digits after +79 are k times an odd
-- number prime to 5, modulo 10^9, so every k gives another number and they look random.
create function pg_temp.mobile(k bigint) returns text language sql immutable
as $$ select '+79' || lpad(((k * 387420489) % 1000000000)::text, 9, '0') $$;

select pg_temp.reserve('crm_user_seq', 'crm_user', 'id', :managers, 50) as user_base,
       pg_temp.reserve('client_seq', 'client', 'id', :clients, 50) as client_base,
       pg_temp.reserve('client_phone_seq', 'client_phone', 'id', 2 * :clients, 50) as phone_base,
       pg_temp.reserve('client_address_seq', 'client_address', 'id', :clients, 50) as address_base,
       pg_temp.reserve('discount_type_seq', 'discount_type', 'id', 2, 50) as discount_base,
       pg_temp.reserve('crm_order_seq', 'crm_order', 'id', :orders, 50) as order_base,
       pg_temp.reserve('crm_order_number_seq', 'crm_order', 'number', :orders, 1) as number_base,
       pg_temp.reserve('order_line_seq', 'order_line', 'id', 3 * :orders, 50) as line_base,
       pg_temp.reserve('order_change_seq', 'order_change', 'id', :orders, 50) as change_base,
       pg_temp.reserve('manager_day_seq', 'manager_day', 'id', :managers * 800, 50) as day_base
\gset

create temp table words as select
    array['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов',
          'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров',
          'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин',
          'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев'] as surnames,
    array['ivanov', 'smirnov', 'kuznetsov', 'popov', 'vasiliev', 'petrov', 'sokolov', 'mikhailov',
          'novikov', 'fedorov', 'morozov', 'volkov', 'alekseev', 'lebedev', 'semenov', 'egorov',
          'pavlov', 'kozlov', 'stepanov', 'nikolaev', 'orlov', 'andreev', 'makarov', 'nikitin',
          'zakharov', 'zaitsev', 'soloviev', 'borisov', 'yakovlev', 'grigoriev'] as latin,
    array['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Иван', 'Евгений',
          'Михаил', 'Николай', 'Артём', 'Владимир', 'Павел', 'Роман', 'Олег'] as men,
    array['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана',
          'Екатерина', 'Юлия', 'Дарья', 'Ксения', 'Марина', 'Галина', 'Людмила'] as women,
    array['Александро', 'Сергее', 'Дмитрие', 'Андрее', 'Алексее', 'Ивано', 'Михайло', 'Николае',
          'Владимиро', 'Петро', 'Викторо', 'Юрье'] as patronymics,
    array['Вектор', 'Альфа', 'Строймонтаж', 'Теплосервис', 'Домострой', 'Комфорт', 'Гранит',
          'Лидер', 'Профи', 'Северный ветер', 'Уют', 'Техноком', 'Мегаполис', 'Старт', 'Горизонт'] as companies,
    array['ул. Ленина', 'ул. Гагарина', 'пр-т Мира', 'ул. Профсоюзная', 'Ленинский пр-т',
          'ул. Тверская', 'ул. Садовая', 'ул. Лесная', 'ул. Школьная', 'ул. Новая',
          'Кутузовский пр-т', 'ул. Строителей', 'ул. Молодёжная', 'ул. Центральная',
          'ул. Советская', 'Варшавское ш.', 'ул. Вавилова', 'ул. Академика Королёва',
          'ул. Маршала Жукова', 'Волгоградский пр-т'] as streets,
    array['г. Подольск', 'г. Химки', 'г. Мытищи', 'г. Балашиха', 'г. Королёв', 'г. Люберцы',
          'д. Горки', 'пос. Внуково', 'г. Одинцово', 'г. Красногорск'] as towns,
    array['Диагностика', 'Замена розетки', 'Установка выключателя', 'Прокладка кабеля',
          'Замена смесителя', 'Устранение засора', 'Установка унитаза', 'Монтаж люстры',
          'Заправка кондиционера', 'Установка кондиционера', 'Чистка кондиционера',
          'Замена счётчика воды', 'Сборка шкафа', 'Навес двери', 'Работа мастера', 'Материалы'] as services,
    array['услуга', 'шт', 'шт', 'м', 'шт', 'услуга', 'шт', 'шт', 'услуга', 'шт', 'шт', 'шт', 'шт',
          'шт', 'ч', null] as units,
    array[700, 450, 400, 120, 1500, 2000, 3500, 1200, 3000, 9000, 2500, 1800, 2800, 3200, 1500,
          350]::numeric[] as prices,
    array['Не работает розетка на кухне', 'Течёт смеситель в ванной', 'Засор в раковине',
          'Установить кондиционер в спальне', 'Кондиционер не охлаждает', 'Поменять счётчики воды',
          'Собрать шкаф-купе', 'Повесить люстру и два бра', 'Искрит выключатель',
          'Провести кабель под телевизор', 'Установить межкомнатную дверь', 'Шумит унитаз', null] as descriptions;
analyze words;

\echo '[bench] managers'
insert into crm_user (id, login, login_key, full_name, role, phone, email, password_hash, active,
                      configured_admin, created_at, last_sign_in_at, version)
select :user_base + i, login, login,
       pg_temp.pick(w.surnames, r1) || ' ' || pg_temp.pick(w.men, r2) || ' ' || pg_temp.pick(w.patronymics, r3) || 'вич',
       'MANAGER', '+7916' || lpad((1000000 + i)::text, 7, '0'), null,
       (select password_hash from crm_user where id = :admin_id), true, false,
       now() - interval '800 days', null, 0
from (select i, 'manager' || lpad(i::text, greatest(3, length(i::text)), '0') as login,
             random() r1, random() r2, random() r3
      from generate_series(1, :managers) i) m, words w;

insert into discount_type (id, name, name_key, kind, max_value, active, roles, version)
values (:discount_base + 1, 'Постоянный клиент (бенчмарк)', 'постоянный клиент (бенчмарк)', 'PERCENT', 15, true, 'ADMIN,OPERATOR', 0),
       (:discount_base + 2, 'Акция (бенчмарк)', 'акция (бенчмарк)', 'AMOUNT', 1000, true, 'ADMIN,MANAGER,OPERATOR', 0);

\echo '[bench] clients, drawn'
create temp table gc as
select i, :client_base + i as id,
       case when r1 < 0.15 then
                (array['ООО', 'АО', 'ООО'])[1 + floor(r2 * 3)::int] || ' «' || pg_temp.pick(w.companies, r3) || '»'
            when r2 < 0.5 then
                pg_temp.pick(w.surnames, r3) || 'а ' || pg_temp.pick(w.women, r4) || ' ' || pg_temp.pick(w.patronymics, r5) || 'вна'
            else
                pg_temp.pick(w.surnames, r3) || ' ' || pg_temp.pick(w.men, r4) || ' ' || pg_temp.pick(w.patronymics, r5) || 'вич'
       end as name,
       case when r6 < 0.5 then
                pg_temp.pick(w.latin, r3) || (case when r7 < 0.3 then (1960 + floor(r7 * 150))::text else '.' || (i % 97) end)
                || '@' || (array['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'list.ru'])[1 + floor(r8 * 5)::int]
       end as email,
       case when r9 < 0.05 then 'Звонить после 18:00' when r9 < 0.08 then 'Договор с юрлицом, счёт на оплату' end as comment,
       (array['Сайт', 'Рекомендация', 'Реклама', 'Авито', 'Повторное обращение', null])[1 + floor(r10 * 6)::int] as source,
       now() - interval '760 days' * r11 as drawn_at,
       case when r12 < 0.5 then 2 else 1 end as phones,
       case when r13 < 0.8 then 'г. Москва, ' || pg_temp.pick(w.streets, r14) || ', д. ' || (1 + floor(r15 * 120))
                || case when r16 < 0.2 then ', корп. ' || (1 + floor(r16 * 10)) else '' end
            else 'Московская обл., ' || pg_temp.pick(w.towns, r14) || ', ' || pg_temp.pick(w.streets, r15)
                || ', д. ' || (1 + floor(r16 * 60))
       end as address,
       case when r13 < 0.8 then (1 + floor(r17 * 8))::text end as entrance,
       case when r13 < 0.8 then (1 + floor(r18 * 17))::text end as floor,
       case when r13 < 0.8 then (1 + floor(r17 * 8) * 36 + floor(r18 * 17) * 2 + floor(r16 * 2))::text end as apartment,
       case when r13 < 0.5 then (1 + floor(r17 * 8) * 36 + floor(r18 * 17) * 2 + floor(r16 * 2))::text
                || case when r15 < 0.3 then 'В' else '' end end as intercom
from (select i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7,
             random() r8, random() r9, random() r10, random() r11, random() r12, random() r13, random() r14,
             random() r15, random() r16, random() r17, random() r18
      from generate_series(1, :clients) i) r, words w;
alter table gc add primary key (i);

\echo '[bench] orders, drawn'
create temp table go as
with drawn as (
    select i, vd, wh, u1, u2,
           1 + floor(random() * :clients)::int as ci,
           1 + floor(random() * :managers)::int as mi,
           1 + (random() < 0.5)::int + (random() < 0.15)::int as nl,
           1 + floor(random() * 16)::int as s1, 1 + floor(random() * 16)::int as s2,
           1 + floor(random() * 16)::int as s3,
           random() q1, random() q2, random() q3, random() d1, random() d2, random() p1, random() p2,
           random() t1, random() t2, random() t3
    from (select i,
                 case when random() < 0.03 then :'today'::date + 1 + floor(random() * 30)::int
                      else :'today'::date - floor(random() * 730)::int end as vd,
                 8 + floor(random() * 11)::int as wh, random() u1, random() u2
          from generate_series(1, :orders) i) d
), statused as (
    select d.*,
           case when vd < :'today'::date - 1 then case when u1 < 0.9 then 'CLOSED' else 'CANCELLED' end
                when vd = :'today'::date - 1 then case when u1 < 0.9 then 'DONE' else 'CANCELLED' end
                when vd = :'today'::date then
                     case when u1 < 0.05 then 'NEW' when u1 < 0.40 then 'ASSIGNED' when u1 < 0.55 then 'LEFT_OFFICE'
                          when u1 < 0.70 then 'IN_PROGRESS' when u1 < 0.95 then 'DONE' else 'CANCELLED' end
                else case when u1 < 0.30 then 'NEW' when u1 < 0.95 then 'ASSIGNED' else 'CANCELLED' end
           end as status,
           (vd + make_time(wh, 0, 0)) at time zone :'zone' as visit_start
    from drawn d
), quantities as (
    select s.*,
           case w.units[s1] when 'м' then 1 + floor(q1 * 30) when 'ч' then 1 + floor(q1 * 4)
                else 1 + (q1 > 0.8)::int + (q1 > 0.95)::int end::numeric(9, 3) as qty1,
           case w.units[s2] when 'м' then 1 + floor(q2 * 30) when 'ч' then 1 + floor(q2 * 4)
                else 1 + (q2 > 0.8)::int + (q2 > 0.95)::int end::numeric(9, 3) as qty2,
           case w.units[s3] when 'м' then 1 + floor(q3 * 30) when 'ч' then 1 + floor(q3 * 4)
                else 1 + (q3 > 0.8)::int + (q3 > 0.95)::int end::numeric(9, 3) as qty3,
           least(now() - interval '1 minute' * (1 + floor(t2 * 4000)), visit_start - interval '1 hour',
                 (vd - floor(t1 * t1 * 14)::int + time '08:00') at time zone :'zone' + interval '12 hours' * t2) as created_at
    from statused s, words w
), priced as (
    select q.*,
           round(w.prices[s1] * qty1 + case when nl >= 2 then w.prices[s2] * qty2 else 0 end
                 + case when nl >= 3 then w.prices[s3] * qty3 else 0 end, 2) as amount,
           case when status = 'NEW' or (status = 'CANCELLED' and u2 < 0.3) then null else mi end as manager_idx
    from quantities q, words w
), discounted as (
    select p.*,
           case when d1 < 0.08 then :discount_base + 1 when d1 < 0.12 and amount >= 500 then :discount_base + 2 end as discount_type_id,
           case when d1 < 0.08 then (array[5, 10])[1 + floor(d2 * 2)::int]
                when d1 < 0.12 and amount >= 500 then (array[300, 500])[1 + floor(d2 * 2)::int] end::numeric(12, 2) as discount_value
    from priced p
), money as (
    select d.*,
           case when d1 < 0.08 then round(amount * discount_value / 100, 2) else coalesce(discount_value, 0) end as discount_amount
    from discounted d
)
select row_number() over (order by created_at, i) as n, m.*,
       case when status in ('DONE', 'CLOSED') and p1 < 0.10
            then greatest((array[-500, -300, 300, 500, 1000, 1500])[1 + floor(p2 * 6)::int], discount_amount - amount)
            else 0 end::numeric(12, 2) as price_change
from money m;
alter table go add primary key (n);

\echo '[bench] clients'
insert into client (id, name, search_key, email, comment, source, created_at, merged_into_id, version)
select gc.id, gc.name, lower(btrim(gc.name || ' ' || coalesce(gc.email, ''))), gc.email, gc.comment, gc.source,
       least(gc.drawn_at, first.created_at - interval '1 day'), null, 0
from gc left join (select ci, min(created_at) as created_at from go group by ci) first on first.ci = gc.i;

insert into client_phone (id, client_id, phone, note, position)
select :phone_base + 2 * (gc.i - 1) + k, gc.id, pg_temp.mobile(2 * gc.i - 2 + k),
       case when k = 2 and gc.i % 3 = 0 then 'рабочий' end, k - 1
from gc, generate_series(1, 2) k
where k <= gc.phones;

-- the suffixes of each number's digits of three digits or more, as the application writes them
insert into client_phone_suffix (phone_id, suffix)
select p.id, substr(replace(p.phone, '+', ''), k)
from client_phone p, generate_series(1, 13) k
where p.id > :phone_base and p.id <= :phone_base + 2 * :clients
  and char_length(replace(p.phone, '+', '')) - k + 1 >= 3;

insert into client_address (id, client_id, address, entrance, floor, apartment, intercom, note, position)
select :address_base + i, id, address, entrance, floor, apartment, intercom,
       case when i % 11 = 0 then 'Шлагбаум, позвонить заранее' end, 0
from gc;

\echo '[bench] orders'
insert into crm_order (id, number, status, client_id, contact_phone, address, entrance, floor, apartment, intercom,
                       visit_date, window_start, window_end, visit_start, visit_end, description, amount,
                       discount_type_id, discount_value, discount_amount, discount_reason, manager_id, comment,
                       price_change, price_change_reason, price_change_by, left_office_at, work_started_at,
                       finished_at, completion_comment, final_sum, cancellation_reason, cancelled_at,
                       created_at, created_by, version)
select :order_base + o.n, :number_base + o.n, o.status, gc.id, pg_temp.mobile(2 * gc.i - 1),
       gc.address, gc.entrance, gc.floor, gc.apartment, gc.intercom,
       o.vd, make_time(o.wh, 0, 0), make_time(o.wh + 2, 0, 0), o.visit_start, o.visit_start + interval '2 hours',
       pg_temp.pick(w.descriptions, o.t3), o.amount,
       o.discount_type_id, o.discount_value, o.discount_amount,
       case when o.discount_type_id = :discount_base + 1 then 'Постоянный клиент'
            when o.discount_type_id is not null then 'Акция месяца' end,
       :user_base + o.manager_idx,
       case when o.t3 < 0.1 then 'Клиент просит позвонить за час' end,
       o.price_change,
       case when o.price_change > 0 then 'Дополнительные работы по просьбе клиента'
            when o.price_change < 0 then 'Часть работ не понадобилась' end,
       case when o.price_change <> 0 then :user_base + o.manager_idx end,
       case when o.status in ('LEFT_OFFICE', 'IN_PROGRESS', 'DONE', 'CLOSED')
            then least(o.visit_start - interval '40 minutes', now()) end,
       case when o.status in ('IN_PROGRESS', 'DONE', 'CLOSED') then least(o.visit_start + interval '10 minutes', now()) end,
       case when o.status in ('DONE', 'CLOSED')
            then least(o.visit_start + interval '40 minutes' + interval '2 hours' * o.t1, now()) end,
       case when o.status in ('DONE', 'CLOSED') and o.t2 < 0.3 then 'Работы выполнены, клиент доволен' end,
       o.amount - o.discount_amount + o.price_change,
       case when o.status = 'CANCELLED'
            then (array['Клиент отказался', 'Клиент не отвечает', 'Перенос на другой день отдельным заказом',
                        'Дубликат заказа'])[1 + floor(o.t3 * 4)::int] end,
       case when o.status = 'CANCELLED'
            then least(o.created_at + (o.visit_start - o.created_at) * o.t1, now()) end,
       o.created_at, :admin_id, 0
from go o join gc on gc.i = o.ci, words w;

insert into order_line (id, order_id, position, name, unit, price, quantity)
select :line_base + 3 * (o.n - 1) + k, :order_base + o.n, k - 1,
       w.services[case k when 1 then o.s1 when 2 then o.s2 else o.s3 end],
       w.units[case k when 1 then o.s1 when 2 then o.s2 else o.s3 end],
       w.prices[case k when 1 then o.s1 when 2 then o.s2 else o.s3 end],
       case k when 1 then o.qty1 when 2 then o.qty2 else o.qty3 end
from go o, generate_series(1, 3) k, words w
where k <= o.nl;

insert into order_change (id, order_id, changed_at, actor_id, actor_login, field, old_value, new_value)
select :change_base + o.n, :order_base + o.n, o.created_at, :admin_id, :'admin_login', 'STATUS', null,
       case when o.manager_idx is null then 'NEW' else 'ASSIGNED' end
from go o;

\echo '[bench] closed days'
insert into manager_day (id, manager_id, work_day, closed_at, closed_by, corrected_at, version)
select :day_base + row_number() over (order by manager_idx, vd), :user_base + manager_idx, vd,
       (vd + time '20:30') at time zone :'zone', :user_base + manager_idx, null, 0
from (select distinct manager_idx, vd from go where vd < :'today'::date - 1 and manager_idx is not null) days;

commit;

\echo '[bench] vacuum and analyze'
vacuum analyze crm_user, client, client_phone, client_phone_suffix, client_address, discount_type, crm_order, order_line,
    order_change, manager_day;

select (select count(*) from crm_user where role = 'MANAGER') as managers,
       (select count(*) from client) as clients,
       (select count(*) from client_phone) as phones,
       (select count(*) from client_phone_suffix) as phone_suffixes,
       (select count(*) from client_address) as addresses,
       (select count(*) from crm_order) as orders,
       (select count(*) from order_line) as lines,
       (select count(*) from order_change) as history,
       (select count(*) from manager_day) as closed_days;
select status, count(*) from crm_order group by status order by 2 desc;
