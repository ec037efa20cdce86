-- Schema version 10: the port registry the Table's "All registered ports" looks ports up in.
--
-- IANA's service names and port numbers, or a system's /etc/services: one source at a time,
-- replaced whole by each import (RegistryStore::replace). These rows are not entries and not
-- cards: nothing studies them, and no other table refers to them.
CREATE TABLE registry_services (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL CHECK (source IN ('iana', 'services')),
    name TEXT NOT NULL,
    port_low INTEGER NOT NULL CHECK (port_low BETWEEN 0 AND 65535),
    port_high INTEGER NOT NULL CHECK (port_high BETWEEN port_low AND 65535),
    transport TEXT NOT NULL DEFAULT '', -- '' where IANA names none (a range for any transport)
    description TEXT NOT NULL DEFAULT '',
    assignee TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    aliases TEXT NOT NULL DEFAULT '', -- the services file's aliases, separated by spaces
    line INTEGER NOT NULL DEFAULT 0);

-- Lookups by port (a port inside a range: port_low <= ? AND port_high >= ?) and by name.
CREATE INDEX registry_services_port ON registry_services (port_low, port_high);
CREATE INDEX registry_services_name ON registry_services (lower(name));
