create table floor_item (
    id bigint not null primary key,
    name varchar(200)
);
insert into floor_item (id, name) values (1, 'one');
