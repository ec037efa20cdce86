<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CardTemplate</name>
    <message>
        <source>Protocol → port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port → protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function → protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol → transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure → secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckStore</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Portdeck (process %1 on %2) is using the data folder %3. Close it first, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1: it is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Portdeck deck in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Portdeck deck: it is not an SQLite database. Portdeck has left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2). Portdeck has left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Portdeck has left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another program: it is an SQLite database, but not a Portdeck deck. Portdeck has left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Portdeck (schema %2; this version reads up to schema %3). Update Portdeck to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2). Open it once in Portdeck to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the built-in deck into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactDetailView</name>
    <message>
        <source>Port %1 → protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relearning, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N10-009 objective 1.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried directly in IP as protocol number %1. It has no port: firewall rules match the protocol number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports %1 to %2 (%3 ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck protocols in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure replacement for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares a port with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studied: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypts or authenticates its traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends its traffic in the clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protects part of its traffic, or only in some versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be encrypted, but is not by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security does not apply to this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in CompTIA Network+ N10-009 objective 1.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the N10-009 objective list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP protocol number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompTIA Network+ N10-009 objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Portdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 facts · %2 cards · %3 reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Portdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portdeck %1&lt;/h3&gt;&lt;p&gt;Learn network ports and protocols for CompTIA Network+ and beyond, with a reference table and spaced repetition.&lt;/p&gt;&lt;p&gt;Your deck: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Filter: 22, tcp/22, ssh, udp, mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a port (22, tcp/22, 53/udp), a name (ssh) or a topic (mail, file, time). All words must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries that use TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries that use UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only secure protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N10-009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items of exam objective 1.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches this filter.
Try a port number such as 443, a name such as DNS, or a topic such as mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its ports, its secure alternative and your cards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Learn network ports with a reference table and spaced repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the deck and settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface, e.g. de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on &lt;page&gt; (table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the page to the PNG &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (system, light, dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no page &apos;%1&apos; in this version; pages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in deck was updated: %1 new and %2 corrected entries, %3 new cards. Your reviews are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
