-- Online meeting addresses were checked only for "https:// without spaces", so some hold characters
-- that are illegal in a URI (| { } ^ " \ [ ] and bad % escapes); one such row broke the meeting's
-- .ics, its Word documents and every calendar feed that included it. Percent-encode what can be
-- encoded, then clear what still is no plain https URI (the meeting stays; only the link goes).
update meeting
   set online_url = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
           regexp_replace(btrim(online_url), '%(?![0-9A-Fa-f]{2})', '%25', 'g'),
           ' ', '%20'), '|', '%7C'), '{', '%7B'), '}', '%7D'), '^', '%5E'), '"', '%22'), '\', '%5C'),
           '<', '%3C'), '>', '%3E'), '`', '%60'), '[', '%5B'), ']', '%5D')
 where online_url ~ '[][[:space:]|{}^"\\<>`]' or online_url ~ '%(?![0-9A-Fa-f]{2})';

update meeting
   set online_url = null
 where online_url !~ '^https://[^/?#[:space:][:cntrl:]]+([/?#].*)?$'
    or online_url ~ '[][[:space:][:cntrl:]|{}^"\\<>`]'
    or online_url ~ '%(?![0-9A-Fa-f]{2})'
    or online_url ~ '#.*#';
