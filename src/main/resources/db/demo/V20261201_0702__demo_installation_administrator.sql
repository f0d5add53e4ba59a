-- The demo's installer: Alrek's administrator may create further clusters; Nord's may not.
update account set installation_administrator = true
where username = 'admin' and cluster_id = (select id from cluster where short_name = 'alrek');
