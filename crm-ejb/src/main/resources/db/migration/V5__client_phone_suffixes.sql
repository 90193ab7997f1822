-- The search by a fragment of a phone number (ClientRepository.find and matchByPhone) without
-- reading every number: each number's digits are stored with all their suffixes of three digits or
-- more (ClientPhone.suffixesOf: +79161234567 gives 79161234567, 9161234567, ... 567), and a number
-- contains the digits d exactly when one of its suffixes begins with d. The primary key, which
-- begins with the suffix, answers that as a range (suffix >= '4821' and suffix < '4822') reading
-- only the matching entries. docs/performance.md has the plans and figures.
--
-- The rows belong to the number, not to the client: a merge moves the number to the kept client
-- and its suffixes stay as they are. The application writes them with the number and deletes them
-- with it; the cascade keeps the table right when a number is deleted by hand.

create table client_phone_suffix (
    phone_id bigint      not null,
    -- digits only, which sort alike in every collation
    suffix   varchar(15) not null
);

-- The suffixes of the numbers already there. Numbers are E.164 (a plus and at most 15 digits), so
-- a suffix of three digits or more starts at one of the first 13 digits.
insert into client_phone_suffix (phone_id, suffix)
select p.id, substr(p.digits, k.start)
from (select id, replace(phone, '+', '') as digits from client_phone) p
join (values (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13)) as k (start)
    on char_length(p.digits) - k.start + 1 >= 3;

-- Keys and indexes after the rows: one build instead of an update per row.
alter table client_phone_suffix add constraint client_phone_suffix_pk primary key (suffix, phone_id);
alter table client_phone_suffix add constraint client_phone_suffix_phone_fk
    foreign key (phone_id) references client_phone (id) on delete cascade;
-- A number's suffixes when it is deleted (and the foreign key's check).
create index client_phone_suffix_phone_idx on client_phone_suffix (phone_id);
