-- Zadarma and Mango Office name a call's recording by an id of theirs; the link to play it is asked
-- of the PBX when someone opens it, because the PBX's links expire. The generic PBX's events carry
-- the link itself (recording_url).
alter table phone_call add column recording_id varchar(200);
