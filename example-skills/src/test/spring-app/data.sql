INSERT INTO shop_order (id, owner, status) VALUES (1, 'alice', 'PAID'), (2, 'bob', 'SHIPPED');
INSERT INTO product (id, name, category, price) VALUES (1, 'Zebra book', 'books', 5), (2, 'Apple book', 'books', 30), (3, 'Mango book', 'books', 10), (4, 'Kettle', 'kitchen', 20);
INSERT INTO app_user (username, display_name, bio, role) VALUES ('alice', 'Alice', '', 'USER'), ('bob', 'Bob', '', 'USER');
