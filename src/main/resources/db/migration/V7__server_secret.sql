-- Secrets the server makes for itself at its first start, such as the key of the keyed hashes that stand in
-- for names and addresses in the audit log and the sign-in limit (unless one is given in the environment).
create table server_secret (
    name   varchar(40)  primary key,
    secret varchar(200) not null
);
