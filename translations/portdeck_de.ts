<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnkiCollectionReader</name>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it is not a readable Anki collection.</source>
        <translation>„%1“ ist beschädigt: Es ist keine lesbare Anki-Sammlung.</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not an Anki collection.</source>
        <translation>„%1“ ist die Datenbank eines anderen Programms, keine Anki-Sammlung.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer Anki than Portdeck knows (schema %2). Export it from Anki with “Support older Anki versions” ticked.</source>
        <translation>„%1“ stammt von einem neueren Anki, als Portdeck kennt (Schema %2). Exportieren Sie es in Anki mit dem Häkchen bei „Ältere Anki-Versionen unterstützen“.</translation>
    </message>
    <message>
        <source>“%1” was made by Anki 1, which Portdeck cannot read. Open it in a current Anki and export it again.</source>
        <translation>„%1“ stammt von Anki 1, das Portdeck nicht lesen kann. Öffnen Sie es in einem aktuellen Anki und exportieren Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>AnkiCollectionWriter</name>
    <message>
        <source>The note type “%1” has no fields or no card template.</source>
        <translation>Der Notiztyp „%1“ hat keine Felder oder keine Kartenvorlage.</translation>
    </message>
    <message>
        <source>The note %1 has a note type the package does not hold.</source>
        <translation>Die Notiz %1 hat einen Notiztyp, den das Paket nicht enthält.</translation>
    </message>
    <message>
        <source>The card %1 belongs to a note the package does not hold.</source>
        <translation>Die Karte %1 gehört zu einer Notiz, die das Paket nicht enthält.</translation>
    </message>
    <message>
        <source>The card %1 is in a deck the package does not hold.</source>
        <translation>Die Karte %1 liegt in einem Stapel, den das Paket nicht enthält.</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The note %1 could not be written (is its id used twice?).</source>
        <translation>Die Notiz %1 konnte nicht geschrieben werden (ist ihre ID doppelt vergeben?).</translation>
    </message>
    <message>
        <source>The card %1 could not be written (is its id used twice?).</source>
        <translation>Die Karte %1 konnte nicht geschrieben werden (ist ihre ID doppelt vergeben?).</translation>
    </message>
    <message>
        <source>The review %1 could not be written (is its id used twice?).</source>
        <translation>Die Wiederholung %1 konnte nicht geschrieben werden (ist ihre ID doppelt vergeben?).</translation>
    </message>
</context>
<context>
    <name>AnswerChecker</name>
    <message>
        <source>well-known (0–1023)</source>
        <translation>Well-known-Port (0–1023)</translation>
    </message>
    <message>
        <source>registered (1024–49151)</source>
        <translation>registrierter Port (1024–49151)</translation>
    </message>
    <message>
        <source>dynamic (49152–65535)</source>
        <translation>dynamischer (ephemerer) Port (49152–65535)</translation>
    </message>
    <message>
        <source>Right: %1 is IP protocol %2 and has no port of its own.</source>
        <translation>Richtig: %1 ist IP-Protokoll %2 und hat keinen eigenen Port.</translation>
    </message>
    <message>
        <source>%1 has no port: it is IP protocol %2.</source>
        <translation>%1 hat keinen Port, sondern ist IP-Protokoll %2.</translation>
    </message>
    <message>
        <source>Answer with a port number, such as 22.</source>
        <translation>Antworten Sie mit einer Portnummer, etwa 22.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 uses %2.</source>
        <translation>%1 verwendet %2.</translation>
    </message>
    <message>
        <source>%1 is not a port of %2.</source>
        <translation>Kein Port von %2: %1.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Es fehlt: %1.</translation>
    </message>
    <message>
        <source>Right number, wrong transport: %1 uses %2.</source>
        <translation>Richtige Nummer, falsches Transportprotokoll: %1 verwendet %2.</translation>
    </message>
    <message>
        <source>No protocol of the deck uses port %1.</source>
        <translation>Kein Protokoll des Decks verwendet Port %1.</translation>
    </message>
    <message>
        <source>Port %1 is shared: %2.</source>
        <translation>Port %1 wird gemeinsam genutzt: %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 does not use port %2.</source>
        <translation>Port %2 wird nicht von %1 verwendet.</translation>
    </message>
    <message>
        <source>%1 does not use port %2; %3 does.</source>
        <translation>Port %2 wird nicht von %1 verwendet, sondern von %3.</translation>
    </message>
    <message>
        <source>Port %1 is %2.</source>
        <translation>Port %1 gehört zu %2.</translation>
    </message>
    <message>
        <source>No protocol is called “%1”. Port %2 is %3.</source>
        <translation>Kein Protokoll heißt „%1“. Port %2 gehört zu %3.</translation>
    </message>
    <message>
        <source>That describes %1; %2 is: %3</source>
        <translation>Das beschreibt %1; %2 ist: %3</translation>
    </message>
    <message>
        <source>It is %1 (%2).</source>
        <translation>Gemeint ist %1 (%2).</translation>
    </message>
    <message>
        <source>TCP and UDP</source>
        <translation>TCP und UDP</translation>
    </message>
    <message>
        <source>neither: carried directly in IP</source>
        <translation>keins von beiden: direkt in IP transportiert</translation>
    </message>
    <message>
        <source>Answer TCP, UDP or both.</source>
        <translation>Antworten Sie mit TCP, UDP oder „beides“.</translation>
    </message>
    <message>
        <source>%1 is IP protocol %2: it runs on neither TCP nor UDP.</source>
        <translation>%1 ist IP-Protokoll %2 und läuft weder über TCP noch über UDP.</translation>
    </message>
    <message>
        <source>On the right track. In full: %1</source>
        <translation>Auf dem richtigen Weg. Vollständig: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is already secure.</source>
        <translation>%1 ist bereits sicher.</translation>
    </message>
    <message>
        <source>The deck names no secure replacement for %1.</source>
        <translation>Das Deck nennt keinen sicheren Ersatz für %1.</translation>
    </message>
    <message>
        <source>%1 is replaced by %2.</source>
        <translation>%1 wird durch %2 ersetzt.</translation>
    </message>
    <message>
        <source>Answer well-known, registered or dynamic.</source>
        <translation>Antworten Sie mit Well-known-Port, registrierter Port oder dynamischer (ephemerer) Port.</translation>
    </message>
    <message>
        <source>%1 is a registered port. “1024 and up are ephemeral” is a shortcut: IANA&apos;s dynamic range starts at 49152.</source>
        <translation>%1 ist ein registrierter Port. „Ab 1024 ist alles ephemer“ ist eine Vereinfachung: Die dynamischen (ephemeren) Ports der IANA beginnen erst bei 49152.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>“%1” is not a port such as 22 or tcp/22.</source>
        <translation>„%1“ ist kein Port wie 22 oder tcp/22.</translation>
    </message>
    <message>
        <source>“%1” is not a protocol of the deck.</source>
        <translation>„%1“ ist kein Protokoll des Decks.</translation>
    </message>
    <message>
        <source>Name one range: %1 is %2.</source>
        <translation>Nennen Sie einen Bereich: %1 ist %2.</translation>
    </message>
    <message>
        <source>%1 is not a port: ports are whole numbers from 0 to 65535.</source>
        <translation>%1 ist kein Port: Ports sind ganze Zahlen von 0 bis 65535.</translation>
    </message>
    <message>
        <source>%1 uses both TCP and UDP; you left out %2: %3.</source>
        <translation>%1 verwendet TCP und UDP; Sie haben %2 ausgelassen: %3.</translation>
    </message>
    <message>
        <source>%1 is encrypted: %2</source>
        <translation>%1 ist verschlüsselt: %2</translation>
    </message>
    <message>
        <source>%1 itself is not encrypted: %2</source>
        <translation>%1 selbst ist nicht verschlüsselt: %2</translation>
    </message>
    <message>
        <source>The other direction: %1: %2</source>
        <translation>Die andere Richtung: %1: %2</translation>
    </message>
    <message>
        <source>%1 only sets the call up; the media goes elsewhere: %2</source>
        <translation>%1 baut den Anruf nur auf; die Medien laufen anderswo: %2</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s IP protocol number, not a port: %2 has no port of its own.</source>
        <translation>%1 ist die IP-Protokollnummer von %2, kein Port: %2 hat keinen eigenen Port.</translation>
    </message>
    <message>
        <source>465 is SMTP over implicit TLS (submissions), which many call SMTPS; the exam&apos;s SMTPS is submission on TCP 587.</source>
        <translation>465 ist SMTP über implizites TLS (submissions), das viele SMTPS nennen; das SMTPS der Prüfung ist Submission auf TCP 587.</translation>
    </message>
    <message>
        <source>8080 carries HTTP, as its alternate port; the exam calls it %1.</source>
        <translation>8080 trägt HTTP als dessen Ausweichport; die Prüfung nennt es %1.</translation>
    </message>
    <message>
        <source>“%1” names %2; this one is %3.</source>
        <translation>„%1“ bezeichnet %2; gemeint ist %3.</translation>
    </message>
    <message>
        <source>DoH (DNS over HTTPS, TCP 443) encrypts DNS too; the exam&apos;s answer is %1.</source>
        <translation>DoH (DNS über HTTPS, TCP 443) verschlüsselt DNS ebenfalls; die Antwort der Prüfung ist %1.</translation>
    </message>
    <message>
        <source>well-known</source>
        <translation>Well-known-Port</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrierter Port</translation>
    </message>
    <message>
        <source>dynamic (ephemeral)</source>
        <translation>dynamischer (ephemerer) Port</translation>
    </message>
    <message>
        <source>It is %1.</source>
        <translation>Gemeint ist %1.</translation>
    </message>
    <message>
        <source>That does not fit %1: %2</source>
        <translation>Das passt nicht zu %1: %2</translation>
    </message>
    <message>
        <source>%1 uses %2: %3</source>
        <translation>%1 nutzt %2: %3</translation>
    </message>
    <message>
        <source>Partly: %1 is: %2</source>
        <translation>Teilweise: %1 ist: %2</translation>
    </message>
    <message>
        <source>That is true of %1 too: what makes %2 secure? %3</source>
        <translation>Das gilt auch für %1: Was macht %2 sicher? %3</translation>
    </message>
    <message>
        <source>%1 is for one case only (%2); %3 itself is IP protocol %4, with no port.</source>
        <translation>%1 gilt nur in einem Fall (%2); %3 selbst ist IP-Protokoll %4 und hat keinen Port.</translation>
    </message>
    <message numerus="yes">
        <source>%1: legacy port(s) of %2. Today it uses %3.</source>
        <translation>
            <numerusform>%1: veralteter Port von %2. Heute nutzt es %3.</numerusform>
            <numerusform>%1: veraltete Ports von %2. Heute nutzt es %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Right; %1: legacy port(s) that older servers still use.</source>
        <translation>
            <numerusform>Richtig; %1: ein veralteter Port, den ältere Server noch nutzen.</numerusform>
            <numerusform>Richtig; %1: veraltete Ports, die ältere Server noch nutzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Answer with ports and transports, such as UDP 67, TCP 443.</source>
        <translation>Antworten Sie mit Ports und Transportprotokollen, etwa UDP 67, TCP 443.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not needed here: the firewall would open it for nothing.</source>
        <translation>
            <numerusform>%1 wird hier nicht gebraucht: Die Firewall würde ihn unnötig öffnen.</numerusform>
            <numerusform>%1 werden hier nicht gebraucht: Die Firewall würde sie unnötig öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong transport: %1.</source>
        <translation>Falsches Transportprotokoll: %1.</translation>
    </message>
    <message>
        <source>Name the transport too: %1.</source>
        <translation>Nennen Sie auch das Transportprotokoll: %1.</translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>Backed up: %1 (%2).</source>
        <translation>Gesichert: %1 (%2).</translation>
    </message>
    <message>
        <source>Automatic backup made: %1.</source>
        <translation>Automatische Sicherung erstellt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed.</source>
        <translation>
            <numerusform>%n ältere Sicherung entfernt.</numerusform>
            <numerusform>%n ältere Sicherungen entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Go back to your collection of %1, with %n review(s)?</source>
        <translation>
            <numerusform>Zu Ihrer Sammlung vom %1 mit %n Wiederholung zurückkehren?</numerusform>
            <numerusform>Zu Ihrer Sammlung vom %1 mit %n Wiederholungen zurückkehren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your current collection is backed up first: if you change your mind, restore that backup. Undo cannot take a restore back.</source>
        <translation>Ihre aktuelle Sammlung wird zuerst gesichert: Wenn Sie es sich anders überlegen, stellen Sie diese Sicherung wieder her. Rückgängig kann eine Wiederherstellung nicht zurücknehmen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring your collection of %1…</source>
        <translation>Ihre Sammlung vom %1 wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Restored your collection of %1. The one it replaced is kept as the backup of %2.</source>
        <translation>Ihre Sammlung vom %1 ist wiederhergestellt. Die ersetzte Sammlung bleibt als Sicherung vom %2 erhalten.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>&amp;All Backups and Settings…</source>
        <translation>&amp;Alle Sicherungen und Einstellungen…</translation>
    </message>
    <message>
        <source>The backup of %1 cannot be read; choose another one.</source>
        <translation>Die Sicherung vom %1 ist nicht lesbar; wählen Sie eine andere.</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Die Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>sie konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1.</source>
        <translation>Die Sicherung konnte nicht als %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The backup failed its check (%1) and was deleted. Your collection is unchanged.</source>
        <translation>Die Sicherung hat ihre Prüfung nicht bestanden (%1) und wurde gelöscht. Ihre Sammlung ist unverändert.</translation>
    </message>
    <message>
        <source>It cannot be read: %1.</source>
        <translation>Sie kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>It is not an SQLite database.</source>
        <translation>Sie ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>It cannot be opened: %1.</source>
        <translation>Sie kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>It is damaged (%1).</source>
        <translation>Sie ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>It is an SQLite database of another program, not a Portdeck collection.</source>
        <translation>Sie ist die SQLite-Datenbank eines anderen Programms, keine Portdeck-Sammlung.</translation>
    </message>
    <message>
        <source>It was written by a newer Portdeck (schema %1; this version reads up to schema %2).</source>
        <translation>Sie stammt von einem neueren Portdeck (Schema %1; diese Version liest bis Schema %2).</translation>
    </message>
    <message>
        <source>It is not a complete Portdeck collection: %1.</source>
        <translation>Sie ist keine vollständige Portdeck-Sammlung: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be restored. %2 Your collection is unchanged.</source>
        <translation>%1 kann nicht wiederhergestellt werden. %2 Ihre Sammlung ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup of your current collection failed. %1</source>
        <translation>Nichts wurde wiederhergestellt: Die Sicherung Ihrer aktuellen Sammlung ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>%1 could not be restored: %2. Your collection is unchanged.</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2. Ihre Sammlung ist unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be restored (%2), and putting your collection back failed too (%3). Your collection as it was is in %4.</source>
        <translation>%1 konnte nicht wiederhergestellt werden (%2), und auch das Zurücksetzen Ihrer Sammlung ist fehlgeschlagen (%3). Ihre Sammlung, wie sie war, liegt in %4.</translation>
    </message>
    <message>
        <source>Portdeck is using %1; close it first. Your collection is unchanged.</source>
        <translation>Portdeck verwendet %1; schließen Sie es zuerst. Ihre Sammlung ist unverändert.</translation>
    </message>
    <message>
        <source>The damaged %1 could not be moved aside. Your collection is unchanged.</source>
        <translation>Die beschädigte Datei %1 ließ sich nicht beiseitelegen. Ihre Sammlung ist unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be copied in. Your collection is unchanged.</source>
        <translation>%1 ließ sich nicht hineinkopieren. Ihre Sammlung ist unverändert.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 lässt sich nicht anlegen</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Search cards, e.g. is:due tag:mail -is:suspended, lapses&gt;=3, port:53 …</source>
        <translation>Karten suchen, z. B. is:due tag:mail -is:suspended, lapses&gt;=3, port:53 …</translation>
    </message>
    <message>
        <source>Words match questions, answers and entries. is:new|learn|review|due|suspended|buried|leech|own|edited, flag:1–4, tag:, port:, tcp, udp, type:, and comparisons such as recall&lt;70 or lapses&gt;=3; a leading - leaves cards out. Enter searches.</source>
        <translation>Wörter passen auf Fragen, Antworten und Einträge. is:new|learn|review|due|suspended|buried|leech|own|edited, flag:1–4, tag:, port:, tcp, udp, type: sowie Vergleiche wie recall&lt;70 oder lapses&gt;=3; ein vorangestelltes - schließt Karten aus. Die Eingabetaste startet die Suche.</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Card &amp;Info</source>
        <translation>Karten&amp;info</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <source>&amp;Unsuspend</source>
        <translation>&amp;Wieder aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Bury until Tomorrow</source>
        <translation>Bis morgen &amp;zurückstellen</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Markierung</translation>
    </message>
    <message>
        <source>&amp;Red</source>
        <translation>&amp;Rot</translation>
    </message>
    <message>
        <source>&amp;Orange</source>
        <translation>&amp;Orange</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>&amp;Grün</translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation>&amp;Blau</translation>
    </message>
    <message>
        <source>&amp;Clear Flag</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation>&amp;Schlagwörter hinzufügen…</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <source>Tags to add, separated by spaces:</source>
        <translation>Hinzuzufügende Schlagwörter, durch Leerzeichen getrennt:</translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation>Schlagwörter &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation>Schlagwörter entfernen</translation>
    </message>
    <message>
        <source>Tags to remove, separated by spaces:</source>
        <translation>Zu entfernende Schlagwörter, durch Leerzeichen getrennt:</translation>
    </message>
    <message>
        <source>&amp;Forget (Reset to New)…</source>
        <translation>&amp;Vergessen (auf neu zurücksetzen)…</translation>
    </message>
    <message>
        <source>Forget Cards</source>
        <translation>Karten vergessen</translation>
    </message>
    <message>
        <source>Reset %1 to new? Their review history stays; Ctrl+Z takes this back.</source>
        <translation>%1 auf neu zurücksetzen? Der Wiederholungsverlauf bleibt erhalten; Strg+Z nimmt das zurück.</translation>
    </message>
    <message>
        <source>Set &amp;Due Date…</source>
        <translation>&amp;Fälligkeit festlegen…</translation>
    </message>
    <message>
        <source>Set Due Date</source>
        <translation>Fälligkeit festlegen</translation>
    </message>
    <message>
        <source>Due in how many days? 0 is today. New cards stay new.</source>
        <translation>In wie vielen Tagen fällig? 0 ist heute. Neue Karten bleiben neu.</translation>
    </message>
    <message>
        <source>&amp;Delete Own Cards…</source>
        <translation>Eigene Karten &amp;löschen…</translation>
    </message>
    <message>
        <source>The collection has no cards.</source>
        <translation>Die Sammlung enthält keine Karten.</translation>
    </message>
    <message>
        <source>No card matches “%1”.</source>
        <translation>Keine Karte passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>Select cards first: click, Shift+click, or Ctrl+A for all.</source>
        <translation>Wählen Sie zuerst Karten aus: Klick, Umschalt+Klick oder Strg+A für alle.</translation>
    </message>
    <message>
        <source>Cards not flagged</source>
        <translation>Karten nicht markiert</translation>
    </message>
    <message>
        <source>Cards not suspended</source>
        <translation>Karten nicht ausgesetzt</translation>
    </message>
    <message>
        <source>Cards not unsuspended</source>
        <translation>Karten nicht wieder aufgenommen</translation>
    </message>
    <message>
        <source>Cards not buried</source>
        <translation>Karten nicht zurückgestellt</translation>
    </message>
    <message>
        <source>Cards not reset</source>
        <translation>Karten nicht zurückgesetzt</translation>
    </message>
    <message>
        <source>Due date not set</source>
        <translation>Fälligkeit nicht festgelegt</translation>
    </message>
    <message>
        <source>Due date set for %1; new cards have no memory to schedule yet and stay new.</source>
        <translation>Fälligkeit für %1 festgelegt; neue Karten haben noch keine Erinnerung, die sich planen ließe, und bleiben neu.</translation>
    </message>
    <message>
        <source>Due date set for %1. Ctrl+Z takes it back.</source>
        <translation>Fälligkeit für %1 festgelegt. Strg+Z nimmt das zurück.</translation>
    </message>
    <message>
        <source>Tags not added</source>
        <translation>Schlagwörter nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Tags not removed</source>
        <translation>Schlagwörter nicht entfernt</translation>
    </message>
    <message>
        <source>Only your own cards can be deleted; suspend built-in cards instead.</source>
        <translation>Nur eigene Karten können gelöscht werden; setzen Sie mitgelieferte Karten stattdessen aus.</translation>
    </message>
    <message>
        <source>Delete Cards</source>
        <translation>Karten löschen</translation>
    </message>
    <message>
        <source>Delete %1 of your own with their reviews? Built-in cards stay. Ctrl+Z brings them back.</source>
        <translation>%1, die Sie selbst angelegt haben, samt Wiederholungen löschen? Mitgelieferte Karten bleiben erhalten. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Cards not deleted</source>
        <translation>Karten nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1. Ctrl+Z brings them back.</source>
        <translation>%1 gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport Selected…</source>
        <translation>Auswahl e&amp;xportieren …</translation>
    </message>
</context>
<context>
    <name>CaptureDrill</name>
    <message>
        <source>The LAN is 10.0.0.0/24 and the DMZ 172.16.0.0/24; other addresses are on the internet.</source>
        <translation>Das LAN ist 10.0.0.0/24 und die DMZ 172.16.0.0/24; alle anderen Adressen liegen im Internet.</translation>
    </message>
    <message>
        <source>Which protocol is this most likely?</source>
        <translation>Welches Protokoll ist das am wahrscheinlichsten?</translation>
    </message>
    <message>
        <source>The client&apos;s port %1 is a temporary one; the server listens on %2 %3.</source>
        <translation>Der Port %1 des Clients ist nur vorübergehend vergeben; der Server lauscht auf %2 %3.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Which line shows an insecure protocol?</source>
        <translation>Welche Zeile zeigt ein unsicheres Protokoll?</translation>
    </message>
    <message>
        <source>Line %1: %2 on %3 %4</source>
        <translation>Zeile %1: %2 auf %3 %4</translation>
    </message>
    <message>
        <source>%1 sends its traffic unencrypted; the others are %2.</source>
        <translation>%1 überträgt seinen Verkehr unverschlüsselt; die anderen sind %2.</translation>
    </message>
    <message>
        <source>Which side is the server?</source>
        <translation>Welche Seite ist der Server?</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>%1 is in the dynamic range 49152–65535 that clients draw their source ports from; %2 is %3&apos;s port, where the server listens.</source>
        <translation>%1 liegt im dynamischen Bereich 49152–65535, aus dem Clients ihre Quellports beziehen; %2 ist der Port von %3, auf dem der Server lauscht.</translation>
    </message>
    <message>
        <source>Which rule would block this connection?</source>
        <translation>Welche Regel würde diese Verbindung sperren?</translation>
    </message>
    <message>
        <source>A rule matches the server&apos;s port (%1), the transport (%2) and the way the connection goes (%3: from %4 to %5).</source>
        <translation>Eine Regel prüft den Port des Servers (%1), das Transportprotokoll (%2) und die Richtung der Verbindung (%3: %4 → %5).</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>the LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>the DMZ</source>
        <translation>DMZ</translation>
    </message>
    <message>
        <source>  No.        Time Source → Destination Protocol Length Info</source>
        <translation>  Nr.        Zeit Quelle → Ziel Protokoll Länge Info</translation>
    </message>
</context>
<context>
    <name>CardBrowseModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>Neu lernen</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Card Type</source>
        <translation>Kartentyp</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Recall Now</source>
        <translation>Erinnerung jetzt</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Sorts plain cards by their text and the others by entry, then card type: their questions are made from the entry.</source>
        <translation>Sortiert einfache Karten nach ihrem Text und die übrigen nach Eintrag, dann nach Kartentyp: Deren Fragen werden aus dem Eintrag gebildet.</translation>
    </message>
    <message>
        <source>The chance you would recall the card now, from its stability and the days since its last review</source>
        <translation>Die Wahrscheinlichkeit, dass Sie sich jetzt an die Karte erinnern, berechnet aus ihrer Stabilität und den Tagen seit der letzten Wiederholung</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>buried</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>e.g. Which port does our build server&apos;s web console use?</source>
        <translation>z. B. Welchen Port verwendet die Webkonsole unseres Build-Servers?</translation>
    </message>
    <message>
        <source>topic words separated by spaces</source>
        <translation>Themenwörter, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Revert to Built-in</source>
        <translation>Auf &amp;mitgelieferte Fassung zurücksetzen</translation>
    </message>
    <message>
        <source>A card needs a question and an answer.</source>
        <translation>Eine Karte braucht eine Frage und eine Antwort.</translation>
    </message>
    <message>
        <source>“%1” is not a tag: use single words.</source>
        <translation>„%1“ ist kein Schlagwort: Verwenden Sie einzelne Wörter.</translation>
    </message>
</context>
<context>
    <name>CardInfoDialog</name>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>Neu lernen</translation>
    </message>
    <message>
        <source>Card Info</source>
        <translation>Karteninfo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Recall chance now</source>
        <translation>Erinnerungswahrscheinlichkeit jetzt</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>This card no longer exists.</source>
        <translation>Diese Karte existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Noch keine Wiederholungen.</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Wiederholungsverlauf</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>partly right</source>
        <translation>teilweise richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>Recall chance over time</source>
        <translation>Erinnerungswahrscheinlichkeit im Zeitverlauf</translation>
    </message>
    <message>
        <source>The curve starts with the card&apos;s first answer on the Study page.</source>
        <translation>Die Kurve beginnt mit der ersten Antwort auf diese Karte auf der Seite „Lernen“.</translation>
    </message>
    <message>
        <source>Recall chance</source>
        <translation>Erinnerungswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>If not studied</source>
        <translation>Ohne Wiederholung</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Gewünschte Behaltensquote</translation>
    </message>
    <message>
        <source>Each answer restarts the curve; the more stable the memory, the slower it falls. Dots mark answers, coloured by rating.</source>
        <translation>Jede Antwort lässt die Kurve neu beginnen; je stabiler die Erinnerung, desto langsamer fällt sie ab. Punkte markieren die Antworten, gefärbt nach Bewertung.</translation>
    </message>
</context>
<context>
    <name>CardQuery</name>
    <message>
        <source>The parenthesis at character %1 closes nothing. Remove it, or open it with “(” first.</source>
        <translation>Die Klammer an Position %1 schließt nichts. Entfernen Sie sie oder setzen Sie vorher ein „(“.</translation>
    </message>
    <message>
        <source>“-” must come right before the term it leaves out, as in -is:suspended.</source>
        <translation>„-“ muss direkt vor dem Begriff stehen, den es ausschließt, wie in -is:suspended.</translation>
    </message>
    <message>
        <source>The quote at character %1 is never closed. Close it with another &quot;, or remove it.</source>
        <translation>Das Anführungszeichen an Position %1 wird nie geschlossen. Schließen Sie es mit einem weiteren &quot; oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>“%1” at character %2 needs a term on each side, as in tag:mail OR tag:web.</source>
        <translation>„%1“ an Position %2 braucht auf jeder Seite einen Begriff, wie in tag:mail OR tag:web.</translation>
    </message>
    <message>
        <source>The parentheses at character %1 hold no term.</source>
        <translation>Die Klammern an Position %1 enthalten keinen Begriff.</translation>
    </message>
    <message>
        <source>A term is missing at character %1.</source>
        <translation>An Position %1 fehlt ein Begriff.</translation>
    </message>
    <message>
        <source>The parenthesis at character %1 is never closed. Close it with “)”.</source>
        <translation>Die Klammer an Position %1 wird nie geschlossen. Schließen Sie sie mit „)“.</translation>
    </message>
    <message>
        <source>Unknown keyword “%1” in %2. Known keywords: %3. To search for the text itself, put it in quotes: &quot;%4&quot;.</source>
        <translation>Unbekanntes Schlüsselwort „%1“ in %2. Bekannte Schlüsselwörter: %3. Um nach dem Text selbst zu suchen, setzen Sie ihn in Anführungszeichen: &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1: write %2 with a colon, as in %3.</source>
        <translation>%1: Schreiben Sie %2 mit Doppelpunkt, wie in %3.</translation>
    </message>
    <message>
        <source>%1: a card cannot be “%2”. Use is: with one of %3.</source>
        <translation>%1: Eine Karte kann nicht „%2“ sein. Verwenden Sie is: mit einem von %3.</translation>
    </message>
    <message>
        <source>%1: a flag is 0 (none) to 4, or red, orange, green or blue.</source>
        <translation>%1: Eine Markierung ist 0 (keine) bis 4 oder red, orange, green bzw. blue.</translation>
    </message>
    <message>
        <source>%1 names no tag: write one after the colon, as in tag:mail.</source>
        <translation>%1 nennt kein Schlagwort: Schreiben Sie eines nach dem Doppelpunkt, wie in tag:mail.</translation>
    </message>
    <message>
        <source>%1: a port is a number from 0 to 65535, or a range such as port:20-21.</source>
        <translation>%1: Ein Port ist eine Zahl von 0 bis 65535 oder ein Bereich wie port:20-21.</translation>
    </message>
    <message>
        <source>%1: there is no card type “%2”. Use type: with one of %3.</source>
        <translation>%1: Es gibt keinen Kartentyp „%2“. Verwenden Sie type: mit einem von %3.</translation>
    </message>
    <message>
        <source>%1: %2 needs a number of 0 or more after one of : = &lt; &gt; &lt;= &gt;= !=, as in %3.</source>
        <translation>%1: %2 braucht eine Zahl ab 0 nach einem von : = &lt; &gt; &lt;= &gt;= !=, wie in %3.</translation>
    </message>
    <message>
        <source>%1: %2 counts in whole numbers, as in %3.</source>
        <translation>%1: %2 zählt in ganzen Zahlen, wie in %3.</translation>
    </message>
    <message>
        <source>%1: recall is a percentage from 0 to 100, as in recall&lt;70.</source>
        <translation>%1: recall ist ein Prozentwert von 0 bis 100, wie in recall&lt;70.</translation>
    </message>
    <message>
        <source>%1: searching by recall needs SQLite&apos;s math functions, which this SQLite lacks. Search by stability instead, as in stability&lt;7.</source>
        <translation>%1: Die Suche nach recall braucht die Mathematikfunktionen von SQLite, die diesem SQLite fehlen. Suchen Sie stattdessen nach stability, wie in stability&lt;7.</translation>
    </message>
    <message>
        <source>The search nests too deeply at character %1: at most %2 parentheses and “-” may stand inside one another.</source>
        <translation>Die Suche ist bei Zeichen %1 zu tief verschachtelt: Höchstens %2 Klammern und „-“ dürfen ineinander stehen.</translation>
    </message>
    <message>
        <source>The search has more than %1 terms; search with fewer at a time.</source>
        <translation>Die Suche hat mehr als %1 Begriffe; suchen Sie mit weniger auf einmal.</translation>
    </message>
</context>
<context>
    <name>CardTemplate</name>
    <message>
        <source>Protocol → port</source>
        <translation>Protokoll → Port</translation>
    </message>
    <message>
        <source>Port → protocol</source>
        <translation>Port → Protokoll</translation>
    </message>
    <message>
        <source>Function → protocol</source>
        <translation>Funktion → Protokoll</translation>
    </message>
    <message>
        <source>Protocol → transport</source>
        <translation>Protokoll → Transport</translation>
    </message>
    <message>
        <source>Insecure → secure</source>
        <translation>Unsicher → sicher</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>CardTexts</name>
    <message>
        <source>IP protocol %1</source>
        <translation>IP-Protokoll %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Every protocol listed here shares this port.</source>
        <translation>Alle hier aufgeführten Protokolle teilen sich diesen Port.</translation>
    </message>
    <message>
        <source>No port: %1 is IP protocol %2.</source>
        <translation>Kein Port: %1 ist IP-Protokoll %2.</translation>
    </message>
    <message>
        <source>Which protocol is this?
%1</source>
        <translation>Welches Protokoll ist das?
%1</translation>
    </message>
    <message>
        <source>Does %1 use TCP, UDP or both?</source>
        <translation>Verwendet %1 TCP, UDP oder beides?</translation>
    </message>
    <message>
        <source>Both TCP and UDP</source>
        <translation>Sowohl TCP als auch UDP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>What is the secure alternative to %1?</source>
        <translation>Was ist die sichere Alternative zu %1?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 itself: %2</source>
        <translation>%1 selbst: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (legacy: %2)</source>
        <translation>%1 (veraltet: %2)</translation>
    </message>
    <message>
        <source>Which protocol uses port %1?</source>
        <translation>Welches Protokoll nutzt Port %1?</translation>
    </message>
    <message>
        <source>Which port or ports does %1 use?</source>
        <translation>Welchen Port oder welche Ports nutzt %1?</translation>
    </message>
    <message>
        <source>What is this called?
%1</source>
        <translation>Wie heißt das?
%1</translation>
    </message>
</context>
<context>
    <name>CardTypesDialog</name>
    <message>
        <source>Card Types</source>
        <translation>Kartentypen</translation>
    </message>
    <message>
        <source>Study these kinds of card. Cards you switch off keep their history and come back when you switch them on again. An entry can choose for itself in its Edit dialog.</source>
        <translation>Diese Kartentypen lernen. Abgeschaltete Karten behalten ihren Verlauf und kommen zurück, sobald Sie sie wieder einschalten. Ein Eintrag kann in seinem Bearbeitungsdialog selbst wählen.</translation>
    </message>
    <message>
        <source>Concept questions of the built-in deck</source>
        <translation>Begriffsfragen des mitgelieferten Decks</translation>
    </message>
    <message>
        <source>Card types not saved</source>
        <translation>Kartentypen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>CardWriter</name>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <source>Flags are numbered 1 to 4 (0 clears the flag), not %1.</source>
        <translation>Markierungen sind von 1 bis 4 nummeriert (0 entfernt die Markierung), nicht %1.</translation>
    </message>
    <message>
        <source>“%1” is not a tag: a tag is one word of letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>„%1“ ist kein Schlagwort: Ein Schlagwort ist ein Wort aus Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <source>A card needs a question and an answer.</source>
        <translation>Eine Karte braucht eine Frage und eine Antwort.</translation>
    </message>
    <message>
        <source>Only question-and-answer cards have text of their own; edit the entry instead.</source>
        <translation>Nur Frage-Antwort-Karten haben eigenen Text; bearbeiten Sie stattdessen den Eintrag.</translation>
    </message>
    <message>
        <source>The card is not from the built-in deck, so there is nothing to revert to.</source>
        <translation>Die Karte stammt nicht aus dem mitgelieferten Deck, daher gibt es keine Fassung, auf die sie zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>The built-in deck no longer has this card.</source>
        <translation>Das mitgelieferte Deck enthält diese Karte nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ChangeRecorder</name>
    <message>
        <source>The collection&apos;s connection is not SQLite.</source>
        <translation>Die Verbindung zur Sammlung ist keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>Changes cannot be recorded for undo: %1</source>
        <translation>Änderungen können nicht zum Rückgängigmachen aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>what it changed has changed again since.</source>
        <translation>was sie geändert hat, wurde seitdem erneut geändert.</translation>
    </message>
</context>
<context>
    <name>Collection</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Add Entry “%1”</source>
        <translation>Eintrag „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit Entry “%1”</source>
        <translation>Eintrag „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Revert Entry to Built-in</source>
        <translation>Eintrag auf mitgelieferte Fassung zurücksetzen</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Choose Card Types</source>
        <translation>Kartentypen wählen</translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>Revert Card to Built-in</source>
        <translation>Karte auf mitgelieferte Fassung zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n Card(s)</source>
        <translation>
            <numerusform>%n Karte aussetzen</numerusform>
            <numerusform>%n Karten aussetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsuspend %n Card(s)</source>
        <translation>
            <numerusform>%n Karte wieder aufnehmen</numerusform>
            <numerusform>%n Karten wieder aufnehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bury %n Card(s)</source>
        <translation>
            <numerusform>%n Karte zurückstellen</numerusform>
            <numerusform>%n Karten zurückstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear Flag of %n Card(s)</source>
        <translation>
            <numerusform>Markierung von %n Karte entfernen</numerusform>
            <numerusform>Markierungen von %n Karten entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flag %n Card(s)</source>
        <translation>
            <numerusform>%n Karte markieren</numerusform>
            <numerusform>%n Karten markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Card(s)</source>
        <translation>
            <numerusform>Schlagwörter zu %n Karte hinzufügen</numerusform>
            <numerusform>Schlagwörter zu %n Karten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Tags from %n Card(s)</source>
        <translation>
            <numerusform>Schlagwörter von %n Karte entfernen</numerusform>
            <numerusform>Schlagwörter von %n Karten entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget %n Card(s)</source>
        <translation>
            <numerusform>%n Karte vergessen</numerusform>
            <numerusform>%n Karten vergessen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set Due Date of %n Card(s)</source>
        <translation>
            <numerusform>Fälligkeit von %n Karte festlegen</numerusform>
            <numerusform>Fälligkeit von %n Karten festlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Card(s)</source>
        <translation>
            <numerusform>%n Karte löschen</numerusform>
            <numerusform>%n Karten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n Card(s)</source>
        <translation>
            <numerusform>%n Karte neu einplanen</numerusform>
            <numerusform>%n Karten neu einplanen</numerusform>
        </translation>
    </message>
    <message>
        <source>Use New Memory Parameters</source>
        <translation>Neue Gedächtnisparameter verwenden</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>Portdeck</source>
        <translation>Portdeck</translation>
    </message>
    <message>
        <source>Your collection cannot be opened.</source>
        <translation>Ihre Sammlung lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Restore the Backup of %1</source>
        <translation>Sicherung vom %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Es gibt keine Sicherung, die sich wiederherstellen ließe.</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The damaged collection is kept as %2.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Die beschädigte Sammlung ist als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>DeckStore</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Portdeck (process %1 on %2) is using the data folder %3. Close it first, or choose another folder with --data-dir.</source>
        <translation>Ein anderes Portdeck (Prozess %1 auf %2) verwendet den Datenordner %3. Schließen Sie es zuerst oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Portdeck deck: it is not an SQLite database. Portdeck has left it untouched.</source>
        <translation>%1 ist kein Portdeck-Deck: Es ist keine SQLite-Datenbank. Portdeck hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2). Portdeck has left it untouched.</source>
        <translation>%1 ist beschädigt oder keine Datenbank (%2). Portdeck hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>%1 belongs to another program: it is an SQLite database, but not a Portdeck deck. Portdeck has left it untouched.</source>
        <translation>%1 gehört zu einem anderen Programm: Es ist eine SQLite-Datenbank, aber kein Portdeck-Deck. Portdeck hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Portdeck (schema %2; this version reads up to schema %3). Update Portdeck to open it.</source>
        <translation>%1 wurde von einer neueren Portdeck-Version geschrieben (Schema %2; diese Version liest bis Schema %3). Aktualisieren Sie Portdeck, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (%2). Open it once in Portdeck to upgrade it.</source>
        <translation>%1 verwendet ein älteres Schema (%2). Öffnen Sie die Datei einmal in Portdeck, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3</source>
        <translation>%1 kann nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot merge the built-in deck into %1: %2</source>
        <translation>Das mitgelieferte Deck kann nicht mit %1 zusammengeführt werden: %2</translation>
    </message>
    <message>
        <source>There is no Portdeck deck in %1. Start Portdeck once to create it, or name another folder with --data-dir.</source>
        <translation>In %1 gibt es kein Portdeck-Deck. Starten Sie Portdeck einmal, um es anzulegen, oder nennen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>eine Zeile von %1 verweist auf eine fehlende Zeile von %2</translation>
    </message>
    <message>
        <source>%1 was left as it was: the backup before its upgrade failed. %2</source>
        <translation>%1 blieb, wie sie war: Die Sicherung vor ihrer Aktualisierung ist fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>Another Portdeck is starting with the data folder %1, or one was stopped while it started. Try again in a few seconds.</source>
        <translation>Ein anderes Portdeck startet gerade mit dem Datenordner %1, oder eines wurde beim Start beendet. Versuchen Sie es in ein paar Sekunden erneut.</translation>
    </message>
    <message>
        <source>There is no backup of it in %1.</source>
        <translation>In %1 gibt es keine Sicherung davon.</translation>
    </message>
    <message>
        <source>The newest backup is %1, from %2: restore it with portdeck-cli restore &quot;%1&quot; (the damaged file is kept beside it).</source>
        <translation>Die neueste Sicherung ist %1 vom %2: Stellen Sie sie mit portdeck-cli restore &quot;%1&quot; wieder her (die beschädigte Datei wird daneben aufbewahrt).</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read all of it (%2). Portdeck has left it untouched. %3 portdeck-cli check lists what is wrong.</source>
        <translation>%1 ist beschädigt: SQLite kann sie nicht vollständig lesen (%2). Portdeck hat sie nicht angerührt. %3 portdeck-cli check zeigt, was fehlt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation>Der Datenordner %1 lässt sich nicht sperren.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): the disk lost what it held. Portdeck has left it as it is. The newest backup is %2, from %3: restore it with portdeck-cli restore &quot;%2&quot;, or delete the empty file to start a new collection.</source>
        <translation>%1 ist leer (0 Byte): Der Datenträger hat ihren Inhalt verloren. Portdeck hat sie so gelassen, wie sie ist. Die neueste Sicherung ist %2 vom %3: Stellen Sie sie mit portdeck-cli restore &quot;%2&quot; wieder her, oder löschen Sie die leere Datei, um eine neue Sammlung zu beginnen.</translation>
    </message>
    <message>
        <source>%1 was being created when Portdeck stopped, and holds nothing yet. Start Portdeck once to finish it.</source>
        <translation>%1 wurde gerade angelegt, als Portdeck beendet wurde, und enthält noch nichts. Starten Sie Portdeck einmal, um sie fertigzustellen.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, outside the data folder. Portdeck writes only inside the data folder, so it has changed nothing: put the file or folder itself in place of the link.</source>
        <translation>%1 ist ein Verweis auf %2 außerhalb des Datenordners. Portdeck schreibt nur innerhalb des Datenordners und hat daher nichts geändert: Legen Sie die Datei oder den Ordner selbst an die Stelle des Verweises.</translation>
    </message>
    <message>
        <source>%1 could not be read whole: %2</source>
        <translation>%1 konnte nicht vollständig gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DelimitedTextReader</name>
    <message>
        <source>The file says it is UTF-16 text but is not readable as such.</source>
        <translation>Die Datei gibt an, UTF-16-Text zu sein, lässt sich aber so nicht lesen.</translation>
    </message>
    <message>
        <source>This is not a text file: it contains NUL bytes. Import a CSV or TSV file, or an Anki package (.apkg, .colpkg).</source>
        <translation>Dies ist keine Textdatei: Sie enthält NUL-Bytes. Importieren Sie eine CSV- oder TSV-Datei oder ein Anki-Paket (.apkg, .colpkg).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1 is in another encoding). Save it as UTF-8 and import it again.</source>
        <translation>Die Datei ist kein UTF-8-Text (Zeile %1 hat eine andere Kodierung). Speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is %1 MiB; Portdeck imports text files of up to %2 MiB.</source>
        <translation>Die Datei ist %1 MiB groß; Portdeck importiert Textdateien bis %2 MiB.</translation>
    </message>
    <message>
        <source>Unknown separator “%1”; the separator is guessed instead.</source>
        <translation>Unbekanntes Trennzeichen „%1“; das Trennzeichen wird stattdessen erraten.</translation>
    </message>
    <message>
        <source>“%1” is not a column number.</source>
        <translation>„%1“ ist keine Spaltennummer.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters; the row is left out.</source>
        <translation>Ein Feld ist länger als %1 Zeichen; die Zeile wird ausgelassen.</translation>
    </message>
    <message>
        <source>A quote opened here is never closed; the rest of the file is left out.</source>
        <translation>Ein hier geöffnetes Anführungszeichen wird nie geschlossen; der Rest der Datei wird ausgelassen.</translation>
    </message>
</context>
<context>
    <name>DiskProblem</name>
    <message>
        <source>The disk that holds %1 is full. Nothing was changed, and what was saved before is safe: free some space, then try again.</source>
        <translation>Der Datenträger mit %1 ist voll. Nichts wurde geändert, und was vorher gespeichert war, ist sicher: Geben Sie etwas Platz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is on a disk or in a folder that cannot be written to (read-only). Nothing was changed: make it writable, or copy the data folder somewhere that is, and use that.</source>
        <translation>%1 liegt auf einem Datenträger oder in einem Ordner, der nicht beschrieben werden kann (schreibgeschützt). Nichts wurde geändert: Machen Sie ihn beschreibbar, oder kopieren Sie den Datenordner an einen beschreibbaren Ort und verwenden Sie diesen.</translation>
    </message>
    <message>
        <source>%1 is gone: the folder was moved or deleted, or its disk was removed. Nothing was changed: bring it back, then try again.</source>
        <translation>%1 ist verschwunden: Der Ordner wurde verschoben oder gelöscht, oder sein Datenträger wurde entfernt. Nichts wurde geändert: Stellen Sie ihn wieder her und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>e.g. Acme Sync</source>
        <translation>z. B. Acme Sync</translation>
    </message>
    <message>
        <source>optional: what the name stands for</source>
        <translation>optional: wofür der Name steht</translation>
    </message>
    <message>
        <source>A protocol on ports</source>
        <translation>Ein Protokoll mit Ports</translation>
    </message>
    <message>
        <source>An IP protocol (no ports)</source>
        <translation>Ein IP-Protokoll (ohne Ports)</translation>
    </message>
    <message>
        <source>A range of ports</source>
        <translation>Ein Portbereich</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Add Port</source>
        <translation>Port &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Port</source>
        <translation>Port entfe&amp;rnen</translation>
    </message>
    <message>
        <source>IP protocol number:</source>
        <translation>IP-Protokollnummer:</translation>
    </message>
    <message>
        <source>From port</source>
        <translation>Von Port</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>No: traffic in clear text</source>
        <translation>Nein: Datenverkehr im Klartext</translation>
    </message>
    <message>
        <source>Yes: encrypted</source>
        <translation>Ja: verschlüsselt</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Optional: when configured</source>
        <translation>Optional: wenn konfiguriert</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>names, separated by commas: e.g. SSH</source>
        <translation>Namen, durch Kommas getrennt: z. B. SSH</translation>
    </message>
    <message>
        <source>The entries that replace this one securely, as Telnet is replaced by SSH</source>
        <translation>Die Einträge, die diesen sicher ersetzen, so wie SSH Telnet ersetzt</translation>
    </message>
    <message>
        <source>One line: what it does</source>
        <translation>Eine Zeile: was es tut</translation>
    </message>
    <message>
        <source>other names an answer may use, separated by commas</source>
        <translation>weitere Namen, die eine Antwort verwenden darf, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>topic words separated by spaces, e.g. work file</source>
        <translation>Themenwörter, durch Leerzeichen getrennt, z. B. work file</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>F&amp;ull name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Secure:</source>
        <translation>&amp;Sicher:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Weitere Namen:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Schlagwör&amp;ter:</translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Your own entry gets the same cards as the built-in ones: its ports, its protocol, its function and its transport, checked as you type them.</source>
        <translation>Ihr eigener Eintrag bekommt dieselben Karten wie die mitgelieferten: zu seinen Ports, seinem Protokoll, seiner Funktion und seinem Transport, mit Prüfung der eingetippten Antworten.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit Entry — %1</source>
        <translation>Eintrag bearbeiten — %1</translation>
    </message>
    <message>
        <source>Your own entry.</source>
        <translation>Ihr eigener Eintrag.</translation>
    </message>
    <message>
        <source>&amp;Delete Entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete “%1” with its cards and their reviews? Ctrl+Z brings it back.</source>
        <translation>„%1“ samt Karten und deren Wiederholungen löschen? Strg+Z holt den Eintrag zurück.</translation>
    </message>
    <message>
        <source>A built-in entry you have edited. Your text is kept beside the built-in one and survives updates of the built-in deck.</source>
        <translation>Ein mitgelieferter Eintrag, den Sie bearbeitet haben. Ihr Text wird neben dem mitgelieferten gespeichert und bleibt bei Aktualisierungen des mitgelieferten Decks erhalten.</translation>
    </message>
    <message>
        <source>A built-in entry. If you change it, your text is kept beside the built-in one and survives updates of the built-in deck; you can revert to it at any time.</source>
        <translation>Ein mitgelieferter Eintrag. Wenn Sie ihn ändern, wird Ihr Text neben dem mitgelieferten gespeichert und bleibt bei Aktualisierungen des mitgelieferten Decks erhalten; Sie können jederzeit zur mitgelieferten Fassung zurückkehren.</translation>
    </message>
    <message>
        <source>&amp;Revert to Built-in</source>
        <translation>Auf &amp;mitgelieferte Fassung zurücksetzen</translation>
    </message>
    <message>
        <source>e.g. control, data</source>
        <translation>z. B. Steuerung, Daten</translation>
    </message>
    <message>
        <source>Give the entry a name.</source>
        <translation>Geben Sie dem Eintrag einen Namen.</translation>
    </message>
    <message>
        <source>Say in one line what it does: the function card asks for it.</source>
        <translation>Beschreiben Sie in einer Zeile, was es tut: Die Funktionskarte fragt danach.</translation>
    </message>
    <message>
        <source>%1 %2 is listed twice.</source>
        <translation>%1 %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>A protocol needs at least one port: add one, or choose another kind.</source>
        <translation>Ein Protokoll braucht mindestens einen Port: Fügen Sie einen hinzu oder wählen Sie eine andere Art.</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>Der Bereich beginnt erst nach seinem Ende.</translation>
    </message>
    <message>
        <source>“%1” is not a tag: use single words.</source>
        <translation>„%1“ ist kein Schlagwort: Verwenden Sie einzelne Wörter.</translation>
    </message>
    <message>
        <source>“%1” is not an entry of your collection, so it cannot replace this one.</source>
        <translation>„%1“ ist kein Eintrag Ihrer Sammlung und kann diesen daher nicht ersetzen.</translation>
    </message>
    <message>
        <source>As the whole deck (Edit → Card Types…)</source>
        <translation>Wie das ganze Deck (Bearbeiten → Kartentypen…)</translation>
    </message>
    <message>
        <source>Replaced securel&amp;y by:</source>
        <translation>Sicher &amp;ersetzt durch:</translation>
    </message>
    <message>
        <source>A concept (no ports)</source>
        <translation>Ein Begriff (ohne Ports)</translation>
    </message>
    <message>
        <source>A concept has no ports. Its card shows the function line and asks for the name; add question cards for the rest.</source>
        <translation>Ein Begriff hat keine Ports. Seine Karte zeigt die Funktionszeile und fragt nach dem Namen; fügen Sie für alles Weitere Fragekarten hinzu.</translation>
    </message>
    <message>
        <source>first of %1</source>
        <translation>erster von %1</translation>
    </message>
    <message>
        <source>registered for %1</source>
        <translation>registriert für %1</translation>
    </message>
</context>
<context>
    <name>EntryStore</name>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <source>The entry cannot be saved: %1.</source>
        <translation>Der Eintrag kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a card type.</source>
        <translation>„%1“ ist kein Kartentyp.</translation>
    </message>
    <message>
        <source>The secure counterpart “%1” is not another entry of the collection.</source>
        <translation>Das sichere Gegenstück „%1“ ist kein anderer Eintrag der Sammlung.</translation>
    </message>
    <message>
        <source>“%1” is already the name of the entry %2.</source>
        <translation>„%1“ ist bereits der Name des Eintrags %2.</translation>
    </message>
    <message>
        <source>The entry “%1” was not saved.</source>
        <translation>Der Eintrag „%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>An entry with the key “%1” exists already; edit it instead.</source>
        <translation>Ein Eintrag mit dem Schlüssel „%1“ existiert bereits; bearbeiten Sie stattdessen diesen.</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Der Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” is not in the built-in deck, so there is nothing to revert to.</source>
        <translation>„%1“ ist nicht im mitgelieferten Deck, daher gibt es keine Fassung, auf die zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>%1 is a built-in entry: suspend its cards instead of deleting it.</source>
        <translation>%1 ist ein mitgelieferter Eintrag: Setzen Sie seine Karten aus, statt ihn zu löschen.</translation>
    </message>
    <message>
        <source>The other name “%1” already names the entry %2.</source>
        <translation>Der weitere Name „%1“ bezeichnet schon den Eintrag %2.</translation>
    </message>
    <message>
        <source>Your own entries are protocols on ports or IP protocols; for a range of ports, add a question-and-answer card.</source>
        <translation>Eigene Einträge sind Protokolle auf Ports oder IP-Protokolle; für einen Portbereich legen Sie eine Karte mit Frage und Antwort an.</translation>
    </message>
    <message>
        <source>The entry “%1” was deleted and its key cannot be used again; add it without a key.</source>
        <translation>Der Eintrag „%1“ wurde gelöscht, und sein Schlüssel kann nicht wieder verwendet werden; fügen Sie ihn ohne Schlüssel hinzu.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>Cards as CSV (Anki imports it)</source>
        <translation>Karten als CSV (Anki kann sie importieren)</translation>
    </message>
    <message>
        <source>Cards as TSV, separated by tabs (Anki imports it)</source>
        <translation>Karten als TSV, durch Tabulatoren getrennt (Anki kann sie importieren)</translation>
    </message>
    <message>
        <source>Entries as CSV: name, ports, transport, security, function</source>
        <translation>Einträge als CSV: Name, Ports, Transport, Sicherheit, Funktion</translation>
    </message>
    <message>
        <source>Review log as CSV, for FSRS tools such as fsrs-rs</source>
        <translation>Wiederholungsprotokoll als CSV, für FSRS-Werkzeuge wie fsrs-rs</translation>
    </message>
    <message>
        <source>Which cards</source>
        <translation>Welche Karten</translation>
    </message>
    <message>
        <source>&amp;All cards</source>
        <translation>&amp;Alle Karten</translation>
    </message>
    <message>
        <source>Cards &amp;matching a search, as in Browse:</source>
        <translation>Karten, die zu einer Suche &amp;passen (wie in „Durchsuchen“):</translation>
    </message>
    <message>
        <source>for example is:own or tag:mail</source>
        <translation>zum Beispiel is:own oder tag:mail</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Anki package (.apkg), for Anki and AnkiDroid</source>
        <translation>Anki-Paket (.apkg) für Anki und AnkiDroid</translation>
    </message>
    <message>
        <source>With each card&apos;s schedule and review history</source>
        <translation>Mit Zeitplan und Wiederholungsverlauf jeder Karte</translation>
    </message>
    <message numerus="yes">
        <source>The %n card(s) &amp;selected in Browse</source>
        <translation>
            <numerusform>Die in „Durchsuchen“ &amp;ausgewählte Karte</numerusform>
            <numerusform>Die %n in „Durchsuchen“ &amp;ausgewählten Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FactDetailView</name>
    <message>
        <source>Port %1 → protocol</source>
        <translation>Port %1 → Protokoll</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>due at %1</source>
        <translation>fällig um %1</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>morgen fällig</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Learning, %1</source>
        <translation>Lernen, %1</translation>
    </message>
    <message>
        <source>Review, %1</source>
        <translation>Wiederholung, %1</translation>
    </message>
    <message>
        <source>Relearning, %1</source>
        <translation>Neu lernen, %1</translation>
    </message>
    <message>
        <source>Secure: %1</source>
        <translation>Sicher: %1</translation>
    </message>
    <message>
        <source>N10-009 objective 1.4</source>
        <translation>N10-009, Prüfungsziel 1.4</translation>
    </message>
    <message>
        <source>IP protocol</source>
        <translation>IP-Protokoll</translation>
    </message>
    <message>
        <source>Carried directly in IP as protocol number %1. It has no port: firewall rules match the protocol number instead.</source>
        <translation>Wird direkt in IP als Protokollnummer %1 übertragen. Es hat keinen Port: Firewall-Regeln prüfen stattdessen die Protokollnummer.</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Deck protocols in this range</source>
        <translation>Protokolle des Decks in diesem Bereich</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Secure alternative</source>
        <translation>Sichere Alternative</translation>
    </message>
    <message>
        <source>Secure replacement for</source>
        <translation>Sicherer Ersatz für</translation>
    </message>
    <message>
        <source>Shares a port with</source>
        <translation>Teilt sich einen Port mit</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Studied: %1 of %2</source>
        <translation>Gelernt: %1 von %2</translation>
    </message>
    <message>
        <source>Read its page in the Notes →</source>
        <translation>Seite in den Notizen lesen →</translation>
    </message>
    <message>
        <source>Review history and recall curve</source>
        <translation>Wiederholungsverlauf und Erinnerungskurve</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Eintrag bearbeiten…</translation>
    </message>
    <message>
        <source>your own entry</source>
        <translation>Ihr eigener Eintrag</translation>
    </message>
    <message>
        <source>edited by you</source>
        <translation>von Ihnen bearbeitet</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>fällig in %n Tag</numerusform>
            <numerusform>fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ports %1 to %2 (%n port(s))</source>
        <translation>
            <numerusform>Ports %1 bis %2 (%n Port)</numerusform>
            <numerusform>Ports %1 bis %2 (%n Ports)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactsTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Encrypts or authenticates its traffic.</source>
        <translation>Verschlüsselt oder authentifiziert seinen Datenverkehr.</translation>
    </message>
    <message>
        <source>Sends its traffic in the clear.</source>
        <translation>Überträgt seinen Datenverkehr im Klartext.</translation>
    </message>
    <message>
        <source>Protects part of its traffic, or only in some versions.</source>
        <translation>Schützt nur einen Teil seines Datenverkehrs oder nur in manchen Versionen.</translation>
    </message>
    <message>
        <source>Can be encrypted, but is not by default.</source>
        <translation>Kann verschlüsselt werden, ist es aber standardmäßig nicht.</translation>
    </message>
    <message>
        <source>Security does not apply to this entry.</source>
        <translation>Sicherheit ist für diesen Eintrag nicht relevant.</translation>
    </message>
    <message>
        <source>1.4</source>
        <translation>1.4</translation>
    </message>
    <message>
        <source>Listed in CompTIA Network+ N10-009 objective 1.4</source>
        <translation>Aufgeführt in CompTIA Network+ N10-009, Prüfungsziel 1.4</translation>
    </message>
    <message>
        <source>Not in the N10-009 objective list</source>
        <translation>Nicht in den Prüfungszielen von N10-009 enthalten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>IP protocol number %1</source>
        <translation>IP-Protokollnummer %1</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Port(s)</source>
        <translation>Port(s)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>CompTIA Network+ N10-009 objective</source>
        <translation>Prüfungsziel von CompTIA Network+ N10-009</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>keines (%1)</translation>
    </message>
</context>
<context>
    <name>FirewallDrillView</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Rule table</source>
        <translation>Regeltabelle</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Pfeil nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Pfeil nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>TCP and UDP</source>
        <translation>TCP und UDP</translation>
    </message>
    <message>
        <source>443, 20-21, any or a protocol</source>
        <translation>443, 20-21, any oder ein Protokoll</translation>
    </message>
    <message>
        <source>Outbound (LAN to internet)</source>
        <translation>Ausgehend (LAN ins Internet)</translation>
    </message>
    <message>
        <source>Inbound (internet to DMZ)</source>
        <translation>Eingehend (Internet in die DMZ)</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Or type a rule, then Enter: allow tcp 443 out, allow https out, deny telnet in</source>
        <translation>Oder Regel eintippen, dann Eingabetaste: allow tcp 443 out, allow https out, deny telnet in</translation>
    </message>
    <message>
        <source>Check Table</source>
        <translation>Tabelle prüfen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabetaste</translation>
    </message>
    <message>
        <source>Name a port, a range such as 20-21, any, or a protocol.</source>
        <translation>Nennen Sie einen Port, einen Bereich wie 20-21, any oder ein Protokoll.</translation>
    </message>
    <message>
        <source>A table holds at most %1 rules.</source>
        <translation>Eine Tabelle fasst höchstens %1 Regeln.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <source>The table is empty, so the firewall denies everything. Press Ctrl+Enter again to check it as it is.</source>
        <translation>Die Tabelle ist leer, also sperrt die Firewall alles. Drücken Sie noch einmal Strg+Eingabetaste, um sie so zu prüfen.</translation>
    </message>
    <message>
        <source>Firewall scenario</source>
        <translation>Firewall-Szenario</translation>
    </message>
</context>
<context>
    <name>FirewallGrade</name>
    <message>
        <source>Rule %1 (%2)</source>
        <translation>Regel %1 (%2)</translation>
    </message>
    <message>
        <source>%1 comes first and blocks %2 (%3).</source>
        <translation>%1 kommt zuerst und sperrt %2 (%3).</translation>
    </message>
    <message>
        <source>Nothing allows %1 (%2): the firewall denies it.</source>
        <translation>Keine Regel erlaubt %1 (%2): Die Firewall sperrt diesen Verkehr.</translation>
    </message>
    <message>
        <source>%1 opens %2, which must stay closed.</source>
        <translation>%1 öffnet %2, doch das muss geschlossen bleiben.</translation>
    </message>
    <message>
        <source>blocks %1, which is needed</source>
        <translation>sperrt %1, obwohl benötigt</translation>
    </message>
    <message>
        <source>never decides: rules above it match first</source>
        <translation>entscheidet nie: Regeln darüber greifen zuerst</translation>
    </message>
    <message>
        <source>denies what is denied anyway; harmless</source>
        <translation>sperrt, was ohnehin gesperrt ist; harmlos</translation>
    </message>
    <message>
        <source>opens %1, which must stay closed</source>
        <translation>öffnet %1, doch das muss geschlossen bleiben</translation>
    </message>
    <message numerus="yes">
        <source>%1 is too broad: it allows %2, and %n other port(s) or direction(s) with it.</source>
        <translation>
            <numerusform>%1 ist zu weit gefasst: Neben %2 erlaubt sie noch %n Port oder Richtung mehr.</numerusform>
            <numerusform>%1 ist zu weit gefasst: Neben %2 erlaubt sie noch %n Ports oder Richtungen mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too broad: allows %1, and %n more</source>
        <translation>
            <numerusform>zu weit gefasst: erlaubt %1 und %n weitere</numerusform>
            <numerusform>zu weit gefasst: erlaubt %1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>opens what the scenario does not ask for</source>
        <translation>öffnet, was das Szenario nicht verlangt</translation>
    </message>
    <message numerus="yes">
        <source>%1 opens %n port(s) or direction(s) that the scenario does not ask for.</source>
        <translation>
            <numerusform>%1 öffnet %n Port oder Richtung, ohne dass das Szenario es verlangt.</numerusform>
            <numerusform>%1 öffnet %n Ports oder Richtungen, ohne dass das Szenario es verlangt.</numerusform>
        </translation>
    </message>
    <message>
        <source>allows %1</source>
        <translation>erlaubt %1</translation>
    </message>
    <message>
        <source>%1 opens %2 %3, but %4 needs it %5.</source>
        <translation>%1 öffnet %2 %3, aber %4 braucht es %5.</translation>
    </message>
    <message>
        <source>%1 opens %2 over %3, but %4 needs %2 over %5.</source>
        <translation>%1 öffnet %2 über %3, aber %4 braucht %2 über %5.</translation>
    </message>
    <message>
        <source>keeps out what a rule below it would allow</source>
        <translation>hält ab, was eine Regel weiter unten erlauben würde</translation>
    </message>
</context>
<context>
    <name>FirewallRule</name>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be &quot;allow&quot; or &quot;deny&quot;.</source>
        <translation>&quot;action&quot; muss &quot;allow&quot; oder &quot;deny&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;transport&quot; must be &quot;tcp&quot;, &quot;udp&quot; or &quot;any&quot;.</source>
        <translation>&quot;transport&quot; muss &quot;tcp&quot;, &quot;udp&quot; oder &quot;any&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;ports&quot; must be a port from 0 to 65535, a range such as &quot;20-21&quot;, or &quot;any&quot;.</source>
        <translation>&quot;ports&quot; muss ein Port von 0 bis 65535, ein Bereich wie &quot;20-21&quot; oder &quot;any&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;direction&quot; must be &quot;in&quot;, &quot;out&quot; or &quot;both&quot;.</source>
        <translation>&quot;direction&quot; muss &quot;in&quot;, &quot;out&quot; oder &quot;both&quot; sein.</translation>
    </message>
    <message>
        <source>Type a rule, such as &quot;allow tcp 443 out&quot;.</source>
        <translation>Geben Sie eine Regel ein, etwa &quot;allow tcp 443 out&quot;.</translation>
    </message>
    <message>
        <source>%1 is no port range: ports run from 0 to 65535, the lower first.</source>
        <translation>%1 ist kein Portbereich: Ports reichen von 0 bis 65535, der kleinere zuerst.</translation>
    </message>
    <message>
        <source>Start with allow or deny.</source>
        <translation>Beginnen Sie mit allow oder deny (auch: erlauben oder sperren).</translation>
    </message>
    <message>
        <source>Say which way: in (to a server inside) or out (to a server outside).</source>
        <translation>Geben Sie die Richtung an: in (zu einem Server innen) oder out (zu einem Server außen).</translation>
    </message>
    <message>
        <source>“%1” is no protocol in your collection.</source>
        <translation>„%1“ ist kein Protokoll in Ihrer Sammlung.</translation>
    </message>
    <message>
        <source>%1 has no port: a port rule cannot match it.</source>
        <translation>%1 hat keinen Port: Eine Portregel kann nicht darauf zutreffen.</translation>
    </message>
    <message>
        <source>%1 does not use %2.</source>
        <translation>%1 verwendet %2 nicht.</translation>
    </message>
    <message>
        <source>Name a port, a range such as 20-21, any, or a protocol.</source>
        <translation>Nennen Sie einen Port, einen Bereich wie 20-21, any oder ein Protokoll.</translation>
    </message>
</context>
<context>
    <name>FirewallScenario</name>
    <message>
        <source>Scenario %1 · level %2 of %3</source>
        <translation>Szenario %1 · Stufe %2 von %3</translation>
    </message>
    <message>
        <source>The firewall stands between the office LAN, the internet and a DMZ with one public server. It reads its rules from the top: the first rule that matches decides, and whatever no rule allows is denied.</source>
        <translation>Die Firewall steht zwischen dem Büro-LAN, dem Internet und einer DMZ mit einem öffentlichen Server. Sie liest ihre Regeln von oben: Die erste passende Regel entscheidet, und was keine Regel erlaubt, wird gesperrt.</translation>
    </message>
    <message>
        <source>Clients in the LAN must reach servers on the internet for:</source>
        <translation>Clients im LAN müssen Server im Internet erreichen für:</translation>
    </message>
    <message>
        <source>The internet must reach the server in the DMZ for:</source>
        <translation>Aus dem Internet muss der Server in der DMZ erreichbar sein für:</translation>
    </message>
    <message>
        <source>Keep these closed, both ways: %1.</source>
        <translation>Halten Sie diese in beide Richtungen geschlossen: %1.</translation>
    </message>
    <message>
        <source>Open nothing else. Write one rule a line: action, transport, port or range, and direction.</source>
        <translation>Öffnen Sie nichts anderes. Schreiben Sie eine Regel pro Zeile: Aktion, Transportprotokoll, Port oder Bereich und Richtung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Wie in der Datei angegeben</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>Colon</source>
        <translation>Doppelpunkt</translation>
    </message>
    <message>
        <source>&amp;Fields separated by:</source>
        <translation>&amp;Felder getrennt durch:</translation>
    </message>
    <message>
        <source>The first row &amp;names the columns</source>
        <translation>Die erste Zeile &amp;benennt die Spalten</translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation>Was jede Spalte enthält:</translation>
    </message>
    <message>
        <source>Cards and entries you have already:</source>
        <translation>Karten und Einträge, die Sie schon haben:</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>&amp;Update their text</source>
        <translation>Text &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Words separated by spaces</source>
        <translation>Wörter, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>&amp;Tags for every card:</source>
        <translation>&amp;Schlagwörter für jede Karte:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will become your own entries, with their cards.</source>
        <translation>
            <numerusform>%n Zeile wird zu Ihrem eigenen Eintrag, mit seinen Karten.</numerusform>
            <numerusform>%n Zeilen werden zu Ihren eigenen Einträgen, mit ihren Karten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will become your own cards.</source>
        <translation>
            <numerusform>%n Zeile wird zu Ihrer eigenen Karte.</numerusform>
            <numerusform>%n Zeilen werden zu Ihren eigenen Karten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and will be left out; the report after the import names their lines.</source>
        <translation>
            <numerusform>%n Zeile ist nicht lesbar und wird ausgelassen; der Bericht nach dem Import nennt ihre Zeilennummer.</numerusform>
            <numerusform>%n Zeilen sind nicht lesbar und werden ausgelassen; der Bericht nach dem Import nennt ihre Zeilennummern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your collection is backed up first.</source>
        <translation>Ihre Sammlung wird zuerst gesichert.</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>%1 kann nicht importiert werden. %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was added to your collection.</source>
        <translation>Der Import wurde abgebrochen. Ihrer Sammlung wurde nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>%n Eintrag hinzugefügt</numerusform>
            <numerusform>%n Einträge hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) added</source>
        <translation>
            <numerusform>%n Karte hinzugefügt</numerusform>
            <numerusform>%n Karten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicates</source>
        <translation>
            <numerusform>%n als Duplikat übersprungen</numerusform>
            <numerusform>%n als Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out; the details name each line and why.</source>
        <translation>
            <numerusform>%n Zeile wurde ausgelassen; die Details nennen die Zeile und den Grund.</numerusform>
            <numerusform>%n Zeilen wurden ausgelassen; die Details nennen jede Zeile und den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Your collection is as it was before.</source>
        <translation>Ihre Sammlung ist unverändert.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) of history</source>
        <translation>
            <numerusform>%n Wiederholung im Verlauf</numerusform>
            <numerusform>%n Wiederholungen im Verlauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) (pictures, sounds) are not imported; cards keep their text.</source>
        <translation>
            <numerusform>%n Mediendatei (Bild, Ton) wird nicht importiert; die Karten behalten ihren Text.</numerusform>
            <numerusform>%n Mediendateien (Bilder, Töne) werden nicht importiert; die Karten behalten ihren Text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link the %n card(s) that ask about a built-in entry to that entry</source>
        <translation>
            <numerusform>Die Karte, die nach einem eingebauten Eintrag fragt, mit diesem Eintrag verknüpfen</numerusform>
            <numerusform>Die %n Karten, die nach einem eingebauten Eintrag fragen, mit diesem Eintrag verknüpfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update their text</source>
        <translation>Ihren Text aktualisieren</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Cards you imported before:</source>
        <translation>Schon früher importierte Karten:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n linked to built-in entries</source>
        <translation>
            <numerusform>%n mit eingebauten Einträgen verknüpft</numerusform>
            <numerusform>%n mit eingebauten Einträgen verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards to import (*.csv *.tsv *.txt *.apkg *.colpkg);;Text files (*.csv *.tsv *.txt);;Anki packages (*.apkg *.colpkg);;Port registries (IANA&apos;s service-names CSV, services) (*.csv services);;All files (*)</source>
        <translation>Karten zum Importieren (*.csv *.tsv *.txt *.apkg *.colpkg);;Textdateien (*.csv *.tsv *.txt);;Anki-Pakete (*.apkg *.colpkg);;Portregister (IANAs Service-Names-CSV, services) (*.csv services);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>IANA&apos;s registry</source>
        <translation>IANAs Register</translation>
    </message>
    <message>
        <source>the services file</source>
        <translation>die services-Datei</translation>
    </message>
    <message>
        <source>This Anki package holds %1. The cards come in as your own cards, and their history is replayed with Portdeck&apos;s scheduler, so they are due when they would have been had you studied them here. Your collection is backed up first.</source>
        <translation>Dieses Anki-Paket enthält %1. Die Karten kommen als Ihre eigenen Karten hinzu, und ihr Verlauf wird mit Portdecks Planer nachgespielt, sodass sie fällig sind, als hätten Sie sie hier gelernt. Ihre Sammlung wird zuerst gesichert.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered service(s) imported from %1. Look them up in the Table&apos;s “All Registered Ports”; no cards were added to your study.</source>
        <translation>
            <numerusform>%Ln registrierter Dienst aus %1 importiert. Schlagen Sie ihn in der Tabelle unter „Alle registrierten Ports“ nach; Ihrem Lernstoff wurden keine Karten hinzugefügt.</numerusform>
            <numerusform>%Ln registrierte Dienste aus %1 importiert. Schlagen Sie sie in der Tabelle unter „Alle registrierten Ports“ nach; Ihrem Lernstoff wurden keine Karten hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; Portdeck imports text files of up to %3 MiB.</source>
        <translation>%1 ist %2 MiB groß; Portdeck importiert Textdateien bis %3 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be imported. %2</source>
        <translation>%1 kann nicht importiert werden. %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before the import failed. %1</source>
        <translation>Nichts wurde importiert: Die Sicherung vor dem Import ist fehlgeschlagen. %1</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Identity (finds duplicates)</source>
        <translation>Kennung (findet Duplikate)</translation>
    </message>
    <message>
        <source>Entry name</source>
        <translation>Name des Eintrags</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Andere Namen</translation>
    </message>
    <message>
        <source>Unknown column “%1” (known: %2).</source>
        <translation>Unbekannte Spalte „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>Choose a column for the question and one for the answer, or a column of entry names.</source>
        <translation>Wählen Sie eine Spalte für die Frage und eine für die Antwort oder eine Spalte mit Namen von Einträgen.</translation>
    </message>
</context>
<context>
    <name>ImportStore</name>
    <message>
        <source>The collection cannot take imported cards: %1</source>
        <translation>Die Sammlung kann keine importierten Karten aufnehmen: %1</translation>
    </message>
    <message>
        <source>Card “%1” cannot be stored: %2</source>
        <translation>Die Karte „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The row has no question.</source>
        <translation>Die Zeile hat keine Frage.</translation>
    </message>
    <message>
        <source>The row has no answer.</source>
        <translation>Die Zeile hat keine Antwort.</translation>
    </message>
    <message>
        <source>“%1” is not a port; write ports as 22, tcp/22 or 20-21.</source>
        <translation>„%1“ ist kein Port; schreiben Sie Ports als 22, tcp/22 oder 20-21.</translation>
    </message>
    <message>
        <source>“%1” is not a port or a short run of ports (0 to 65535).</source>
        <translation>„%1“ ist weder ein Port noch eine kurze Folge von Ports (0 bis 65535).</translation>
    </message>
    <message>
        <source>Port %1 has no transport: add a Transport column, or write tcp/%1 or udp/%1.</source>
        <translation>Port %1 hat kein Transportprotokoll: Fügen Sie eine Spalte „Transport“ hinzu oder schreiben Sie tcp/%1 oder udp/%1.</translation>
    </message>
    <message>
        <source>The row has no entry name.</source>
        <translation>Die Zeile hat keinen Namen für den Eintrag.</translation>
    </message>
    <message>
        <source>“%1” is not a security level (yes, no, partial, optional, n/a).</source>
        <translation>„%1“ ist keine Sicherheitsstufe (yes, no, partial, optional, n/a).</translation>
    </message>
    <message>
        <source>An entry named “%1” exists already; two entries cannot share a name. Import with “update” to change it.</source>
        <translation>Ein Eintrag namens „%1“ existiert bereits; zwei Einträge können keinen Namen teilen. Importieren Sie mit „aktualisieren“, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Card %1 belongs to no note or note type; it is left out.</source>
        <translation>Karte %1 gehört zu keiner Notiz oder keinem Notiztyp; sie wird ausgelassen.</translation>
    </message>
    <message>
        <source>The card of note %1 (“%2”) has no question or no answer without its media; it is left out.</source>
        <translation>Die Karte der Notiz %1 („%2“) hat ohne ihre Medien keine Frage oder keine Antwort; sie wird ausgelassen.</translation>
    </message>
</context>
<context>
    <name>Interval</name>
    <message>
        <source>&lt;1m</source>
        <translation>&lt;1 Min.</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1y</source>
        <translation>%1 J.</translation>
    </message>
</context>
<context>
    <name>JournalSegmentFormat</name>
    <message numerus="yes">
        <source>The segment is not complete yet (%n byte(s)).</source>
        <translation>
            <numerusform>Das Segment ist noch nicht vollständig (%n Byte).</numerusform>
            <numerusform>Das Segment ist noch nicht vollständig (%n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a Portdeck journal segment.</source>
        <translation>Dies ist kein Journal-Segment von Portdeck.</translation>
    </message>
    <message>
        <source>The segment was written by a newer Portdeck (journal format %1; this version reads up to %2).</source>
        <translation>Das Segment stammt von einem neueren Portdeck (Journal-Format %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>The segment is not complete yet (%1 of %2 bytes).</source>
        <translation>Das Segment ist noch nicht vollständig (%1 von %2 Bytes).</translation>
    </message>
    <message>
        <source>The segment has %1 bytes more than it says.</source>
        <translation>Das Segment hat %1 Bytes mehr als angegeben.</translation>
    </message>
    <message>
        <source>The segment&apos;s checksum does not match: it was damaged on the way.</source>
        <translation>Die Prüfsumme des Segments stimmt nicht: Es wurde unterwegs beschädigt.</translation>
    </message>
    <message>
        <source>The segment cannot be unpacked: %1</source>
        <translation>Das Segment kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>The segment ends in the middle of a record.</source>
        <translation>Das Segment endet mitten in einem Datensatz.</translation>
    </message>
    <message>
        <source>The segment has data after its last record.</source>
        <translation>Das Segment enthält Daten nach seinem letzten Datensatz.</translation>
    </message>
    <message>
        <source>The segment names no computer or number.</source>
        <translation>Das Segment gibt keinen Computer und keine Nummer an.</translation>
    </message>
    <message>
        <source>The segment holds a change that is not its computer&apos;s.</source>
        <translation>Das Segment enthält eine Änderung, die nicht von seinem Computer stammt.</translation>
    </message>
    <message>
        <source>The segment holds a review that is not its computer&apos;s.</source>
        <translation>Das Segment enthält eine Wiederholung, die nicht von seinem Computer stammt.</translation>
    </message>
    <message>
        <source>The segment holds a kind of record this Portdeck does not know.</source>
        <translation>Das Segment enthält eine Art von Eintrag, die dieses Portdeck nicht kennt.</translation>
    </message>
    <message>
        <source>The segment names journal format %1, which no released Portdeck writes.</source>
        <translation>Das Segment nennt das Journalformat %1, das keine veröffentlichte Portdeck-Version schreibt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Portdeck</source>
        <translation>Portdeck</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Portdeck</source>
        <translation>Ü&amp;ber Portdeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Portdeck</source>
        <translation>Über Portdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Portdeck %1&lt;/h3&gt;&lt;p&gt;Learn network ports and protocols for CompTIA Network+ and beyond, with a reference table and spaced repetition.&lt;/p&gt;&lt;p&gt;Your deck: %2&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (%3). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portdeck %1&lt;/h3&gt;&lt;p&gt;Lernen Sie Netzwerkports und Protokolle für CompTIA Network+ und darüber hinaus – mit einer Referenztabelle und verteilter Wiederholung.&lt;/p&gt;&lt;p&gt;Ihr Deck: %2&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder neuer (%3). Sie wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Facts: %1 · Cards: %2 · Reviews: %3</source>
        <translation>Einträge: %1 · Karten: %2 · Wiederholungen: %3</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Search Notes and Cards…</source>
        <translation>Notizen und Karten &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Show &amp;Draft Notes</source>
        <translation>&amp;Entwürfe anzeigen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Rückgängig machen fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2 or Alt+%2)</source>
        <translation>%1 (Strg+%2 oder Alt+%2)</translation>
    </message>
    <message>
        <source>Entry added: its cards are among your new cards. Ctrl+Z takes it back.</source>
        <translation>Eintrag hinzugefügt: Seine Karten sind unter Ihren neuen Karten. Strg+Z nimmt das zurück.</translation>
    </message>
    <message>
        <source>Card added: it is among your new cards. Ctrl+Z takes it back.</source>
        <translation>Karte hinzugefügt: Sie ist unter Ihren neuen Karten. Strg+Z nimmt das zurück.</translation>
    </message>
    <message>
        <source>Add &amp;Entry…</source>
        <translation>&amp;Eintrag hinzufügen…</translation>
    </message>
    <message>
        <source>Your own protocol or service, with its ports</source>
        <translation>Ein eigenes Protokoll oder ein eigener Dienst, mit seinen Ports</translation>
    </message>
    <message>
        <source>Add &amp;Card…</source>
        <translation>&amp;Karte hinzufügen…</translation>
    </message>
    <message>
        <source>Card &amp;Types…</source>
        <translation>Karten&amp;typen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportiert.</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore Backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Options not saved</source>
        <translation>Optionen nicht gespeichert</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;Settings…</source>
        <translation>Sy&amp;nchronisierungseinstellungen…</translation>
    </message>
    <message>
        <source>File → Sync Settings… lists your computers</source>
        <translation>Datei → Synchronisierungseinstellungen… listet Ihre Computer auf</translation>
    </message>
    <message>
        <source>Collection file moved or deleted</source>
        <translation>Sammlungsdatei verschoben oder gelöscht</translation>
    </message>
    <message>
        <source>%1 was moved or deleted while Portdeck had it open.

Nothing is lost: Portdeck keeps your collection open, with every answer, and writes it back to that place when you quit. Until then it is not where Portdeck keeps it, so quit soon to put it back. If another file is there by then, it is left alone, and your collection is saved beside it as portdeck-rescued-&lt;date&gt;.sqlite.</source>
        <translation>%1 wurde verschoben oder gelöscht, während Portdeck die Datei geöffnet hatte.

Es geht nichts verloren: Portdeck hält Ihre Sammlung mit allen Antworten geöffnet und schreibt sie beim Beenden an diese Stelle zurück. Bis dahin liegt sie nicht dort, wo Portdeck sie aufbewahrt; beenden Sie Portdeck also bald, um sie zurückzulegen. Liegt dort bis dahin eine andere Datei, bleibt sie unangetastet, und Ihre Sammlung wird daneben als portdeck-rescued-&lt;Datum&gt;.sqlite gespeichert.</translation>
    </message>
</context>
<context>
    <name>MarkdownRenderer</name>
    <message>
        <source>Slide %1</source>
        <translation>Folie %1</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Part of this note could not be read.</source>
        <translation>Ein Teil dieser Notiz konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This note contains bytes that are not text; they are shown as “�”.</source>
        <translation>Diese Notiz enthält Bytes, die kein Text sind; sie werden als „�“ angezeigt.</translation>
    </message>
    <message>
        <source>The front matter is not closed with a line of three dashes.</source>
        <translation>Der Front Matter wird nicht mit einer Zeile aus drei Bindestrichen abgeschlossen.</translation>
    </message>
    <message>
        <source>A front matter line was not understood: %1</source>
        <translation>Eine Zeile des Front Matter wurde nicht verstanden: %1</translation>
    </message>
    <message>
        <source>A table has %1 rows; only the first %2 are shown.</source>
        <translation>Eine Tabelle hat %1 Zeilen; nur die ersten %2 werden angezeigt.</translation>
    </message>
    <message>
        <source>This note is very long; only its first %1 KB are shown.</source>
        <translation>Diese Notiz ist sehr lang; nur die ersten %1 KB werden angezeigt.</translation>
    </message>
    <message>
        <source>About your note</source>
        <translation>Zu Ihrer Notiz</translation>
    </message>
</context>
<context>
    <name>MasteryMap</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mastery map</source>
        <translation>Wissenslandkarte</translation>
    </message>
    <message>
        <source>Never seen</source>
        <translation>Nie gesehen</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Shaky</source>
        <translation>Wackelig</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Gefestigt</translation>
    </message>
    <message>
        <source>Click to open its page.</source>
        <translation>Klicken Sie, um die zugehörige Seite zu öffnen.</translation>
    </message>
    <message>
        <source>No protocols match.</source>
        <translation>Keine passenden Protokolle.</translation>
    </message>
    <message>
        <source>Weak: under 70% in a week</source>
        <translation>Schwach: unter 70 % in einer Woche</translation>
    </message>
    <message>
        <source>Shaky: 70–90% in a week</source>
        <translation>Wackelig: 70–90 % in einer Woche</translation>
    </message>
    <message>
        <source>Solid: likely to recall in a week (90% and up)</source>
        <translation>Gefestigt: in einer Woche wahrscheinlich noch gewusst (ab 90 %)</translation>
    </message>
    <message>
        <source>Recall in a week: %1 on average, %2 for the weakest card</source>
        <translation>Erinnerung in einer Woche: im Mittel %1, %2 bei der schwächsten Karte</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) studied</source>
        <translation>
            <numerusform>%1 von %n Karte gelernt</numerusform>
            <numerusform>%1 von %n Karten gelernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not learned by exam day</source>
        <translation>Bis zum Prüfungstag nicht gelernt</translation>
    </message>
    <message>
        <source>Weak: under 70% on exam day</source>
        <translation>Schwach: unter 70 % am Prüfungstag</translation>
    </message>
    <message>
        <source>Shaky: 70–90% on exam day</source>
        <translation>Wackelig: 70–90 % am Prüfungstag</translation>
    </message>
    <message>
        <source>Solid: likely to recall on exam day (90% and up)</source>
        <translation>Gefestigt: am Prüfungstag wahrscheinlich gewusst (ab 90 %)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) learned by exam day</source>
        <translation>
            <numerusform>%1 von %n Karte bis zum Prüfungstag gelernt</numerusform>
            <numerusform>%1 von %n Karten bis zum Prüfungstag gelernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Recall on exam day: %1 on average, %2 for the weakest card</source>
        <translation>Erinnerung am Prüfungstag: im Mittel %1, %2 bei der schwächsten Karte</translation>
    </message>
</context>
<context>
    <name>MatchingBoard</name>
    <message>
        <source>Match each port to the protocol that uses it.</source>
        <translation>Ordnen Sie jedem Port das Protokoll zu, das ihn verwendet.</translation>
    </message>
    <message>
        <source>Match each insecure protocol to the secure protocol that replaces it.</source>
        <translation>Ordnen Sie jedem unsicheren Protokoll das sichere Protokoll zu, das es ersetzt.</translation>
    </message>
    <message>
        <source>%1 was left without a match: it is %2.</source>
        <translation>%1 blieb ohne Zuordnung: Richtig ist %2.</translation>
    </message>
    <message>
        <source>%1 is %2, not %3.</source>
        <translation>%1 ist %2, nicht %3.</translation>
    </message>
    <message>
        <source>%1 is replaced by %2, not %3.</source>
        <translation>%1 wird durch %2 ersetzt, nicht durch %3.</translation>
    </message>
</context>
<context>
    <name>MatchingBoardView</name>
    <message>
        <source>Drag a choice onto an item, or pick an item with the arrow keys and press the choice&apos;s letter. Delete clears an item; Ctrl+Enter checks the board.</source>
        <translation>Ziehen Sie eine Antwort auf einen Eintrag, oder wählen Sie mit den Pfeiltasten einen Eintrag und drücken Sie den Buchstaben der Antwort. Entf leert einen Eintrag; Strg+Eingabetaste prüft die Zuordnung.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Your match</source>
        <translation>Ihre Zuordnung</translation>
    </message>
    <message>
        <source>Items to match</source>
        <translation>Zuzuordnende Einträge</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Antwortmöglichkeiten</translation>
    </message>
    <message>
        <source>Check Board</source>
        <translation>Zuordnung prüfen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabetaste</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (right: %2)</source>
        <translation>%1 (richtig: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no match yet. Press Ctrl+Enter again to check the board as it is.</source>
        <translation>
            <numerusform>%n Eintrag hat noch keine Zuordnung. Drücken Sie noch einmal Strg+Eingabetaste, um die Zuordnung so zu prüfen.</numerusform>
            <numerusform>%n Einträge haben noch keine Zuordnung. Drücken Sie noch einmal Strg+Eingabetaste, um die Zuordnung so zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 pairs right.</source>
        <translation>%1 von %2 Paaren richtig.</translation>
    </message>
</context>
<context>
    <name>MemoryStore</name>
    <message>
        <source>The review history cannot be read: %1</source>
        <translation>Der Wiederholungsverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The cards could not be rescheduled: %1</source>
        <translation>Die Karten konnten nicht neu eingeplant werden: %1</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vorwärts (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>The Ports note (Alt+Home)</source>
        <translation>Die Ports-Notiz (Alt+Home)</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Headings of this page</source>
        <translation>Überschriften dieser Seite</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Search notes and cards (Ctrl+K)</source>
        <translation>Notizen und Karten durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Quiz Me on This</source>
        <translation>Dazu abfragen</translation>
    </message>
    <message>
        <source>Show in Table</source>
        <translation>In der Tabelle zeigen</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>This link leads outside Portdeck:

%1

Open it in your web browser?</source>
        <translation>Dieser Link führt aus Portdeck hinaus:

%1

Möchten Sie ihn in Ihrem Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>No port: IP protocol %1.</source>
        <translation>Kein Port: IP-Protokoll %1.</translation>
    </message>
    <message>
        <source>Ports %1 to %2</source>
        <translation>Ports %1 bis %2</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>IP protocol %1</source>
        <translation>IP-Protokoll %1</translation>
    </message>
    <message>
        <source>Your cards on %1: %2 of %3 studied.</source>
        <translation>Ihre Karten zu %1: %2 von %3 gelernt.</translation>
    </message>
    <message>
        <source>Next due %1.</source>
        <translation>Nächste Fälligkeit: %1.</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>This page is not written yet. Here is what the deck knows.</source>
        <translation>Diese Seite ist noch nicht geschrieben. Hier steht, was das Deck dazu weiß.</translation>
    </message>
    <message>
        <source>Ports: the learner&apos;s note</source>
        <translation>Ports: die Notiz des Lernenden</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is no page called “%1”.</source>
        <translation>Es gibt keine Seite namens „%1“.</translation>
    </message>
    <message>
        <source>This page is not written yet, and the deck has no entry called “%1”.</source>
        <translation>Diese Seite ist noch nicht geschrieben, und das Deck hat keinen Eintrag namens „%1“.</translation>
    </message>
    <message>
        <source>Portdeck does not open links like this one:

%1</source>
        <translation>Portdeck öffnet Links wie diesen nicht:

%1</translation>
    </message>
    <message>
        <source>Port %1 → protocol</source>
        <translation>Port %1 → Protokoll</translation>
    </message>
    <message>
        <source>Card history:</source>
        <translation>Kartenverlauf:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>OptimizeDialog</name>
    <message>
        <source>Fit the Memory Model to You</source>
        <translation>Gedächtnismodell an Sie anpassen</translation>
    </message>
    <message>
        <source>Portdeck predicts when you will forget each card from 21 numbers, the parameters of its memory model (FSRS-6). Fitted to your own answers, they predict you better, so reviews come when you need them. Nothing changes until you choose.</source>
        <translation>Portdeck sagt voraus, wann Sie jede Karte vergessen, und zwar anhand von 21 Zahlen, den Parametern seines Gedächtnismodells (FSRS-6). An Ihre eigenen Antworten angepasst, sagen sie Ihr Vergessen genauer voraus, sodass Wiederholungen dann kommen, wenn Sie sie brauchen. Bis Sie sich entscheiden, ändert sich nichts.</translation>
    </message>
    <message>
        <source>In use now: the FSRS-6 defaults.</source>
        <translation>Derzeit verwendet: die Standardwerte von FSRS-6.</translation>
    </message>
    <message>
        <source>In use now: parameters fitted to your answers.</source>
        <translation>Derzeit verwendet: an Ihre Antworten angepasste Parameter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In use now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Derzeit verwendet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fitted to you&lt;/b&gt;</source>
        <translation>&lt;b&gt;An Sie angepasst&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Log loss:</source>
        <translation>Log-Loss:</translation>
    </message>
    <message>
        <source>How surprised the model is by your answers, on average. Lower is better.</source>
        <translation>Wie sehr Ihre Antworten das Modell im Mittel überraschen. Niedriger ist besser.</translation>
    </message>
    <message>
        <source>Calibration error (RMSE):</source>
        <translation>Kalibrierungsfehler (RMSE):</translation>
    </message>
    <message>
        <source>How far the predicted chance of recall is from how often you recalled, over groups of similar reviews. Lower is better.</source>
        <translation>Wie weit die vorhergesagte Erinnerungswahrscheinlichkeit in Gruppen ähnlicher Wiederholungen davon abweicht, wie oft Sie sich tatsächlich erinnert haben. Niedriger ist besser.</translation>
    </message>
    <message>
        <source>Move due dates to match the new memory model</source>
        <translation>Fälligkeiten an das neue Gedächtnismodell anpassen</translation>
    </message>
    <message>
        <source>Otherwise each card keeps its due date, and the new model counts from its next review.</source>
        <translation>Andernfalls behält jede Karte ihre Fälligkeit, und das neue Modell gilt ab ihrer nächsten Wiederholung.</translation>
    </message>
    <message>
        <source>&amp;Optimize</source>
        <translation>&amp;Optimieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Use Fitted Parameters</source>
        <translation>Angepasste Parameter &amp;verwenden</translation>
    </message>
    <message>
        <source>Fitting the model to your answers…</source>
        <translation>Das Modell wird an Ihre Antworten angepasst…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Angehalten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The fit could not run: %1</source>
        <translation>Die Anpassung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) on later days were scored, of %1 answers to %2 cards.</source>
        <translation>
            <numerusform>%n Wiederholung an einem späteren Tag wurde ausgewertet, von %1 Antworten auf %2 Karten.</numerusform>
            <numerusform>%n Wiederholungen an späteren Tagen wurden ausgewertet, von %1 Antworten auf %2 Karten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough reviews yet to fit the model reliably: it takes %1 reviews on later days, and %n more are needed. Keep studying and come back.</source>
        <translation>
            <numerusform>Noch zu wenige Wiederholungen, um das Modell zuverlässig anzupassen: Nötig sind %1 Wiederholungen an späteren Tagen, es fehlt noch %n. Lernen Sie weiter und schauen Sie später wieder vorbei.</numerusform>
            <numerusform>Noch zu wenige Wiederholungen, um das Modell zuverlässig anzupassen: Nötig sind %1 Wiederholungen an späteren Tagen, es fehlen noch %n. Lernen Sie weiter und schauen Sie später wieder vorbei.</numerusform>
        </translation>
    </message>
    <message>
        <source>The fitted parameters predict your answers better. Using them updates the memory of every card you have studied; you can undo it.</source>
        <translation>Die angepassten Parameter sagen Ihre Antworten besser voraus. Wenn Sie sie verwenden, wird der Gedächtniszustand jeder Karte aktualisiert, die Sie gelernt haben; Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>The parameters in use already predict your answers as well as a fit can. There is nothing to change.</source>
        <translation>Die derzeit verwendeten Parameter sagen Ihre Antworten schon so gut voraus, wie es eine Anpassung kann. Es gibt nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>PlanJob</name>
    <message>
        <source>The exam plan could not be worked out.</source>
        <translation>Der Prüfungsplan konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The workload could not be worked out.</source>
        <translation>Der Lernaufwand konnte nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>0–1d</source>
        <translation>0–1 Tg.</translation>
    </message>
    <message>
        <source>1–3mo</source>
        <translation>1–3 Mon.</translation>
    </message>
    <message>
        <source>3–12mo</source>
        <translation>3–12 Mon.</translation>
    </message>
    <message>
        <source>1y+</source>
        <translation>1 J.+</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>How far back the activity and retention charts look</source>
        <translation>Wie weit die Diagramme zu Aktivität und Behaltensquote zurückreichen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Answered today</source>
        <translation>Heute beantwortet</translation>
    </message>
    <message>
        <source>Time today</source>
        <translation>Zeit heute</translation>
    </message>
    <message>
        <source>Right today</source>
        <translation>Heute richtig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Study Due Cards</source>
        <translation>Fällige Karten lernen</translation>
    </message>
    <message>
        <source>Study My Weakest</source>
        <translation>Meine schwächsten lernen</translation>
    </message>
    <message>
        <source>Mastery map</source>
        <translation>Wissenslandkarte</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Antworten pro Tag</translation>
    </message>
    <message>
        <source>No answers in this period yet. Every card you study or quiz shows up here.</source>
        <translation>In diesem Zeitraum gibt es noch keine Antworten. Jede Karte, die Sie lernen oder im Quiz beantworten, erscheint hier.</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Fällig in den nächsten 30 Tagen</translation>
    </message>
    <message>
        <source>Nothing is scheduled yet. Cards you study come back here on the days they are due.</source>
        <translation>Noch ist nichts eingeplant. Karten, die Sie lernen, erscheinen hier an den Tagen, an denen sie fällig werden.</translation>
    </message>
    <message>
        <source>Retention by week</source>
        <translation>Behaltensquote pro Woche</translation>
    </message>
    <message>
        <source>Retention needs reviews of cards you learned earlier. Study for a few days and it appears.</source>
        <translation>Für die Behaltensquote braucht es Wiederholungen von Karten, die Sie früher gelernt haben. Lernen Sie ein paar Tage lang, dann erscheint sie hier.</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>No card studied yet. Difficulty grows when a card is answered Again or Hard.</source>
        <translation>Noch keine Karte gelernt. Die Schwierigkeit steigt, wenn eine Karte mit „Nochmal“ oder „Schwer“ beantwortet wird.</translation>
    </message>
    <message>
        <source>%1 an answer</source>
        <translation>%1 pro Antwort</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>You have not studied yet. Start on the Study page: new cards come in small daily batches, and these charts fill in as you go.</source>
        <translation>Sie haben noch nicht gelernt. Beginnen Sie auf der Seite „Lernen“: Neue Karten kommen jeden Tag in kleinen Portionen, und diese Diagramme füllen sich nach und nach.</translation>
    </message>
    <message>
        <source>Cards due today: %1. Reviewing them on time keeps what you know at the level you set.</source>
        <translation>Heute fällige Karten: %1. Wenn Sie sie rechtzeitig wiederholen, bleibt Ihr Wissen auf dem eingestellten Niveau.</translation>
    </message>
    <message>
        <source>Fading most: %1.</source>
        <translation>Am stärksten verblasst: %1.</translation>
    </message>
    <message>
        <source>Nothing is due. Fading most: %1. A round of your weakest cards firms them up.</source>
        <translation>Nichts ist fällig. Am stärksten verblasst: %1. Eine Runde mit Ihren schwächsten Karten festigt sie wieder.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Quiz and exam</source>
        <translation>Quiz und Prüfung</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Cards due</source>
        <translation>Fällige Karten</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Erinnert</translation>
    </message>
    <message>
        <source>Predicted by FSRS</source>
        <translation>Von FSRS vorhergesagt</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Gewünschte Behaltensquote</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>erinnert</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>keinen Wert</translation>
    </message>
    <message>
        <source>Too few reviews yet to judge the schedule.</source>
        <translation>Noch zu wenige Wiederholungen, um die Planung zu beurteilen.</translation>
    </message>
    <message>
        <source>You forget faster than the model expects.</source>
        <translation>Sie vergessen schneller, als das Modell erwartet.</translation>
    </message>
    <message>
        <source>You remember better than the model expects.</source>
        <translation>Sie erinnern sich besser, als das Modell erwartet.</translation>
    </message>
    <message>
        <source>The schedule fits your memory.</source>
        <translation>Die Planung passt zu Ihrem Gedächtnis.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>difficulty (1 easy, 10 hard)</source>
        <translation>Schwierigkeit (1 leicht, 10 schwer)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>%1 of %2 studied cards stay above 90% recall for a month or more.</source>
        <translation>%1 von %2 gelernten Karten bleiben einen Monat oder länger über 90 % Erinnerungswahrscheinlichkeit.</translation>
    </message>
    <message>
        <source>%1 of %2 studied cards are hard for you (7 or more).</source>
        <translation>%1 von %2 gelernten Karten fallen Ihnen schwer (7 oder mehr).</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>Last: %1 of %2 right on %3. Best: %4. Exams taken: %5.</source>
        <translation>Zuletzt: %1 von %2 richtig am %3. Bestes Ergebnis: %4. Abgelegte Prüfungen: %5.</translation>
    </message>
    <message>
        <source>Today %1 (overdue included), tomorrow %2, next 7 days %3, next 30 days %4.</source>
        <translation>Heute %1 (einschließlich überfälliger), morgen %2, in den nächsten 7 Tagen %3, in den nächsten 30 Tagen %4.</translation>
    </message>
    <message>
        <source>days until recall falls to 90%</source>
        <translation>Tage, bis die Erinnerung auf 90 % fällt</translation>
    </message>
    <message>
        <source>Streak in days</source>
        <translation>Serie in Tagen</translation>
    </message>
    <message>
        <source>No card studied yet. Stability is the number of days until a card&apos;s recall chance falls to 90%.</source>
        <translation>Noch keine Karte gelernt. Die Stabilität ist die Zahl der Tage, bis die Erinnerungswahrscheinlichkeit einer Karte auf 90 % fällt.</translation>
    </message>
    <message>
        <source>%1 in study, %2 in quizzes and exams</source>
        <translation>%1 beim Lernen, %2 in Quiz und Prüfungen</translation>
    </message>
    <message>
        <source>study today to start one</source>
        <translation>heute lernen, um eine zu beginnen</translation>
    </message>
    <message>
        <source>in a row, today included</source>
        <translation>in Folge, heute eingeschlossen</translation>
    </message>
    <message>
        <source>in a row: study today to keep it</source>
        <translation>in Folge: heute lernen, um sie zu halten</translation>
    </message>
    <message>
        <source>Study some cards first: the weakest are chosen among the cards you have answered.</source>
        <translation>Lernen Sie zuerst einige Karten: Die schwächsten werden unter den Karten gewählt, die Sie schon beantwortet haben.</translation>
    </message>
    <message>
        <source>Study answers rated Hard or better: %1.</source>
        <translation>Lernantworten mit „Schwer“ oder besser: %1.</translation>
    </message>
    <message>
        <source>1–7d</source>
        <translation>1–7 Tg.</translation>
    </message>
    <message>
        <source>1–4w</source>
        <translation>1–4 Wo.</translation>
    </message>
    <message>
        <source>new cards today: %1</source>
        <translation>neue Karten heute: %1</translation>
    </message>
    <message>
        <source>Learning and review cards the Study page has for you today, within your daily limits. New cards today: %1; not yet seen in all: %2.</source>
        <translation>Lern- und Wiederholungskarten, die die Seite „Lernen“ heute für Sie hat, innerhalb Ihrer Tageslimits. Neue Karten heute: %1; insgesamt noch nicht gesehen: %2.</translation>
    </message>
    <message>
        <source>You have not studied yet, and today&apos;s new cards are used up: the daily limit is reached. More come tomorrow, or raise the limit under Options on the Study page.</source>
        <translation>Sie haben noch nicht gelernt, und die neuen Karten für heute sind aufgebraucht: Das Tageslimit ist erreicht. Morgen kommen weitere, oder erhöhen Sie das Limit unter „Optionen“ auf der Seite „Lernen“.</translation>
    </message>
    <message>
        <source>Nothing is due, and you are likely to recall everything you studied in a week. Time for new cards on the Study page.</source>
        <translation>Nichts ist fällig, und alles Gelernte wissen Sie in einer Woche wahrscheinlich noch. Zeit für neue Karten auf der Seite „Lernen“.</translation>
    </message>
    <message>
        <source>Nothing is due, and you are likely to recall everything you studied in a week. Today&apos;s new cards are done; more come tomorrow. A quiz on the Quiz page never moves your schedule.</source>
        <translation>Nichts ist fällig, und alles Gelernte wissen Sie in einer Woche wahrscheinlich noch. Die neuen Karten für heute sind erledigt; morgen kommen weitere. Ein Quiz auf der Seite „Quiz“ verschiebt Ihren Lernplan nie.</translation>
    </message>
    <message>
        <source>Nothing is due, and every card is studied and likely to be recalled in a week. Try a timed exam on the Quiz page.</source>
        <translation>Nichts ist fällig, und jede Karte ist gelernt und in einer Woche wahrscheinlich noch gewusst. Versuchen Sie eine Prüfung mit Zeitlimit auf der Seite „Quiz“.</translation>
    </message>
    <message>
        <source>A session on the %1 cards you are most likely to have forgotten a week from now</source>
        <translation>Eine Lernrunde mit den %1 Karten, die Sie in einer Woche am ehesten vergessen haben</translation>
    </message>
    <message>
        <source>The Study page takes %1 of today&apos;s %2: one card an entry a day, within your daily limits.</source>
        <translation>Die Seite „Lernen“ nimmt heute %1 von %2: eine Karte pro Eintrag und Tag, innerhalb Ihrer Tageslimits.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s)</source>
        <translation>
            <numerusform>%1 von %n Antwort</numerusform>
            <numerusform>%1 von %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers: %1, on %2 of %n day(s).</source>
        <translation>
            <numerusform>Antworten: %1, an %2 von %n Tag.</numerusform>
            <numerusform>Antworten: %1, an %2 von %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You recalled %1 of %n review(s); FSRS predicted %2, and you asked for %3.</source>
        <translation>
            <numerusform>Sie haben sich bei %1 von %n Wiederholung erinnert; FSRS hat %2 vorhergesagt, eingestellt haben Sie %3.</numerusform>
            <numerusform>Sie haben sich bei %1 von %n Wiederholungen erinnert; FSRS hat %2 vorhergesagt, eingestellt haben Sie %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each tile is an entry, coloured by the chance that you still recall its cards in a week if you do not study them again. %1 solid (likely to recall in a week), %2 shaky, %3 weak, %4 not studied yet. Click a tile to read its page.</source>
        <translation>Jede Kachel ist ein Eintrag, gefärbt nach der Wahrscheinlichkeit, dass Sie seine Karten in einer Woche noch wissen, wenn Sie sie nicht wiederholen. %1 gefestigt (in einer Woche wahrscheinlich noch gewusst), %2 wackelig, %3 schwach, %4 noch nicht gelernt. Ein Klick auf eine Kachel öffnet ihre Seite.</translation>
    </message>
    <message>
        <source>Change Exam Date…</source>
        <translation>Prüfungstermin ändern…</translation>
    </message>
    <message>
        <source>Clear Exam Date</source>
        <translation>Prüfungstermin entfernen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>On exam day</source>
        <translation>Am Prüfungstag</translation>
    </message>
    <message>
        <source>When the map judges your recall: a week from now, or on your exam day if you keep to the plan</source>
        <translation>Wann die Wissenslandkarte Ihre Erinnerung beurteilt: in einer Woche oder an Ihrem Prüfungstag, sofern Sie sich an den Plan halten</translation>
    </message>
    <message>
        <source>Each tile is an entry, coloured by the chance that you recall its cards on exam day, %1, if you keep to the plan. %2 solid, %3 shaky, %4 weak, %5 not learned by then. Click a tile to read its page.</source>
        <translation>Jede Kachel ist ein Eintrag, gefärbt nach der Wahrscheinlichkeit, dass Sie seine Karten am Prüfungstag (%1) wissen, sofern Sie sich an den Plan halten. %2 gefestigt, %3 wackelig, %4 schwach, %5 bis dahin nicht gelernt. Ein Klick auf eine Kachel öffnet ihre Seite.</translation>
    </message>
    <message>
        <source>Exam on %1</source>
        <translation>Prüfung am %1</translation>
    </message>
    <message>
        <source>Working out your plan for exam day…</source>
        <translation>Ihr Plan für den Prüfungstag wird berechnet …</translation>
    </message>
    <message>
        <source>Your exam on %1 has passed. How did it go? Set the date of your next exam, or clear the date to study at your own pace.</source>
        <translation>Ihre Prüfung am %1 liegt hinter Ihnen. Wie ist es gelaufen? Legen Sie den Termin Ihrer nächsten Prüfung fest, oder entfernen Sie den Termin, um in Ihrem eigenen Tempo zu lernen.</translation>
    </message>
    <message>
        <source>Your exam is today. You can expect to recall %1 of your cards. Good luck!</source>
        <translation>Ihre Prüfung ist heute. Sie können damit rechnen, sich an %1 Ihrer Karten zu erinnern. Viel Erfolg!</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to go. If you keep to the plan, you can expect to recall %1 of your cards on the day.</source>
        <translation>
            <numerusform>Noch %n Tag. Wenn Sie sich an den Plan halten, können Sie damit rechnen, sich am Prüfungstag an %1 Ihrer Karten zu erinnern.</numerusform>
            <numerusform>Noch %n Tage. Wenn Sie sich an den Plan halten, können Sie damit rechnen, sich am Prüfungstag an %1 Ihrer Karten zu erinnern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That takes about %n card(s) a day (%1 on the busiest day).</source>
        <translation>
            <numerusform>Das bedeutet etwa %n Karte pro Tag (%1 am arbeitsreichsten Tag).</numerusform>
            <numerusform>Das bedeutet etwa %n Karten pro Tag (%1 am arbeitsreichsten Tag).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New cards: %n a day, all of them introduced by %1.</source>
        <translation>
            <numerusform>Neue Karten: %n pro Tag, alle bis zum %1 eingeführt.</numerusform>
            <numerusform>Neue Karten: %n pro Tag, alle bis zum %1 eingeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Raise your limits, or choose a later date if you can.</source>
        <translation>Erhöhen Sie Ihre Limits, oder wählen Sie nach Möglichkeit einen späteren Termin.</translation>
    </message>
    <message>
        <source>Raise Both Limits</source>
        <translation>Beide Limits erhöhen</translation>
    </message>
    <message>
        <source>Raise New Cards to %1 a Day</source>
        <translation>Neue Karten auf %1 pro Tag erhöhen</translation>
    </message>
    <message>
        <source>Raise Reviews to %1 a Day</source>
        <translation>Wiederholungen auf %1 pro Tag erhöhen</translation>
    </message>
    <message numerus="yes">
        <source>At your %1 new cards a day, %n card(s) will still be new on exam day.</source>
        <translation>
            <numerusform>Bei Ihren %1 neuen Karten pro Tag ist am Prüfungstag noch %n Karte neu.</numerusform>
            <numerusform>Bei Ihren %1 neuen Karten pro Tag sind am Prüfungstag noch %n Karten neu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Introducing every card a few reviews ahead of the exam takes %n a day.</source>
        <translation>
            <numerusform>Damit jede Karte vor der Prüfung noch einige Wiederholungen bekommt, ist %n pro Tag nötig.</numerusform>
            <numerusform>Damit jede Karte vor der Prüfung noch einige Wiederholungen bekommt, sind %n pro Tag nötig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At your %1 new cards a day, the last new cards come in only %n day(s) before the exam, too late for more than a review or two.</source>
        <translation>
            <numerusform>Bei Ihren %1 neuen Karten pro Tag kommen die letzten neuen Karten erst %n Tag vor der Prüfung – zu spät für mehr als ein, zwei Wiederholungen.</numerusform>
            <numerusform>Bei Ihren %1 neuen Karten pro Tag kommen die letzten neuen Karten erst %n Tage vor der Prüfung – zu spät für mehr als ein, zwei Wiederholungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The busiest days take about %1 cards, more than your limit of %n review(s) a day. Cards over the limit wait for the next day, and less is learned in time.</source>
        <translation>
            <numerusform>Die arbeitsreichsten Tage erfordern etwa %1 Karten, mehr als Ihr Limit von %n Wiederholung pro Tag. Karten über dem Limit warten auf den nächsten Tag, und so wird weniger rechtzeitig gelernt.</numerusform>
            <numerusform>Die arbeitsreichsten Tage erfordern etwa %1 Karten, mehr als Ihr Limit von %n Wiederholungen pro Tag. Karten über dem Limit warten auf den nächsten Tag, und so wird weniger rechtzeitig gelernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exam and drill scores</source>
        <translation>Ergebnisse aus Prüfungen und Übungen</translation>
    </message>
    <message>
        <source>No exams or performance-based drills yet. Take one on the Quiz page to see your scores over time.</source>
        <translation>Noch keine Prüfungen oder Praxisaufgaben. Machen Sie eine auf der Seite „Quiz“, um Ihre Ergebnisse im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Performance-based</source>
        <translation>Praxisaufgaben</translation>
    </message>
    <message numerus="yes">
        <source>Performance-based: %n drill(s), %1 of the points on the last day you did them.</source>
        <translation>
            <numerusform>Praxisaufgaben: %n Übung, %1 der Punkte am letzten Übungstag.</numerusform>
            <numerusform>Praxisaufgaben: %n Übungen, %1 der Punkte am letzten Übungstag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionFactory</name>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Both TCP and UDP</source>
        <translation>Sowohl TCP als auch UDP</translation>
    </message>
    <message>
        <source>Neither: carried directly in IP</source>
        <translation>Keins von beiden: direkt in IP transportiert</translation>
    </message>
    <message>
        <source>Is port %1 well-known, registered or dynamic?</source>
        <translation>Ist Port %1 ein Well-known-Port, ein registrierter oder ein dynamischer (ephemerer) Port?</translation>
    </message>
    <message>
        <source>Registered ports are not ephemeral: IANA&apos;s dynamic range starts at 49152.</source>
        <translation>Registrierte Ports sind nicht ephemer: Die dynamischen (ephemeren) Ports der IANA beginnen erst bei 49152.</translation>
    </message>
    <message>
        <source>Port %1 is %2.</source>
        <translation>Port %1 ist ein %2.</translation>
    </message>
    <message>
        <source>It is used by %1.</source>
        <translation>Ihn verwendet %1.</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Multiple choice</source>
        <translation>Multiple Choice</translation>
    </message>
    <message>
        <source>Typed answers</source>
        <translation>Antworten eintippen</translation>
    </message>
    <message>
        <source>Port ranges</source>
        <translation>Portbereiche</translation>
    </message>
    <message>
        <source>Exam (timed, mixed)</source>
        <translation>Prüfung (mit Zeitlimit, gemischt)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Only N10-009 items</source>
        <translation>Nur N10-009-Einträge</translation>
    </message>
    <message>
        <source>Only UDP</source>
        <translation>Nur UDP</translation>
    </message>
    <message>
        <source>Only TCP</source>
        <translation>Nur TCP</translation>
    </message>
    <message>
        <source>Only secure protocols</source>
        <translation>Nur sichere Protokolle</translation>
    </message>
    <message>
        <source>Only mail</source>
        <translation>Nur E-Mail</translation>
    </message>
    <message>
        <source>Missed last time</source>
        <translation>Beim letzten Mal verfehlt</translation>
    </message>
    <message>
        <source>Send missed items to the front of tomorrow&apos;s study</source>
        <translation>Falsch beantwortete Einträge morgen zuerst lernen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Quiz answers count in your progress but never change when cards are due.</source>
        <translation>Quiz-Antworten zählen für Ihren Lernfortschritt, ändern aber nie, wann Karten fällig werden.</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>No exams yet. An exam asks 20 mixed questions against the clock.</source>
        <translation>Noch keine Prüfungen. Eine Prüfung stellt 20 gemischte Fragen mit Zeitlimit.</translation>
    </message>
    <message>
        <source>Exam history</source>
        <translation>Prüfungsverlauf</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Type your answer, then Enter</source>
        <translation>Antwort eintippen, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Richtige Antwort</translation>
    </message>
    <message>
        <source>Show in Table</source>
        <translation>In der Tabelle zeigen</translation>
    </message>
    <message>
        <source>New Quiz</source>
        <translation>Neues Quiz</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Nothing was missed last time.</source>
        <translation>Beim letzten Mal wurde nichts verfehlt.</translation>
    </message>
    <message>
        <source>No items match this choice.</source>
        <translation>Keine Einträge passen zu dieser Auswahl.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Richtig</translation>
    </message>
    <message>
        <source>◐ Partly right</source>
        <translation>◐ Teilweise richtig</translation>
    </message>
    <message>
        <source>✗ Not right</source>
        <translation>✗ Nicht richtig</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Verbleibende Zeit %1</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3%) in %4</source>
        <translation>%1 von %2 richtig (%3 %) in %4</translation>
    </message>
    <message>
        <source>%1 partly</source>
        <translation>%1 teilweise</translation>
    </message>
    <message>
        <source>%1 not answered</source>
        <translation>%1 nicht beantwortet</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <source>Every answer was right.</source>
        <translation>Alle Antworten waren richtig.</translation>
    </message>
    <message>
        <source>To look at again (double-click to open its entry):</source>
        <translation>Zum Wiederholen (Doppelklick öffnet den Eintrag):</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>The answer is empty. Press Enter again to skip it as not known, or type an answer.</source>
        <translation>Die Antwort ist leer. Drücken Sie noch einmal die Eingabetaste, um die Frage als nicht gewusst zu überspringen, oder geben Sie eine Antwort ein.</translation>
    </message>
    <message>
        <source>No question was answered.</source>
        <translation>Keine Frage wurde beantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>Every answer you gave was right; %n question(s) were not asked.</source>
        <translation>
            <numerusform>Alle Ihre Antworten waren richtig; %n Frage wurde nicht gestellt.</numerusform>
            <numerusform>Alle Ihre Antworten waren richtig; %n Fragen wurden nicht gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Performance-based drills</source>
        <translation>Praxisaufgaben</translation>
    </message>
    <message>
        <source>One of each, in turn</source>
        <translation>Je eine, abwechselnd</translation>
    </message>
    <message>
        <source>Firewall rules</source>
        <translation>Firewall-Regeln</translation>
    </message>
    <message>
        <source>Packet captures</source>
        <translation>Paketmitschnitte</translation>
    </message>
    <message>
        <source>Matching boards</source>
        <translation>Zuordnungsaufgaben</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Fehlersuche</translation>
    </message>
    <message>
        <source>1 · a few services, named</source>
        <translation>1 · wenige Dienste, mit Namen</translation>
    </message>
    <message>
        <source>2 · described by what they do, one inbound</source>
        <translation>2 · nach Funktion beschrieben, einer eingehend</translation>
    </message>
    <message>
        <source>3 · by what they do alone, two inbound</source>
        <translation>3 · nur nach Funktion, zwei eingehend</translation>
    </message>
    <message>
        <source>new each time</source>
        <translation>jedes Mal neu</translation>
    </message>
    <message>
        <source>The same seed gives the same drills, to replay them or share them.</source>
        <translation>Derselbe Startwert ergibt dieselben Übungen – zum Wiederholen oder Weitergeben.</translation>
    </message>
    <message>
        <source>Drill:</source>
        <translation>Übung:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Captured packets</source>
        <translation>Mitgeschnittene Pakete</translation>
    </message>
    <message>
        <source>A seed is a whole number from 1 to 4294967295, or empty for new drills.</source>
        <translation>Ein Startwert ist eine ganze Zahl von 1 bis 4294967295 oder leer für neue Übungen.</translation>
    </message>
    <message>
        <source>Question %1 of %2 · seed %3</source>
        <translation>Frage %1 von %2 · Startwert %3</translation>
    </message>
    <message>
        <source>%1 of %2 points.</source>
        <translation>%1 von %2 Punkten.</translation>
    </message>
    <message>
        <source>The intended table:</source>
        <translation>Die vorgesehene Regeltabelle:</translation>
    </message>
</context>
<context>
    <name>QuizSession</name>
    <message>
        <source>The answer could not be logged.</source>
        <translation>Die Antwort konnte nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>The exam result could not be saved.</source>
        <translation>Das Prüfungsergebnis konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The missed items could not be saved.</source>
        <translation>Die verpassten Fragen konnten nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>An exam needs at least %1 questions about different entries, and this choice has %n.</source>
        <translation>
            <numerusform>Eine Prüfung braucht mindestens %1 Fragen zu verschiedenen Einträgen, und diese Auswahl hat %n.</numerusform>
            <numerusform>Eine Prüfung braucht mindestens %1 Fragen zu verschiedenen Einträgen, und diese Auswahl hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose more questions or a wider set of cards, or run a drill.</source>
        <translation>Wählen Sie mehr Fragen oder mehr Karten, oder machen Sie eine Übung.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>“%1” is damaged: it is not a readable Anki collection.</source>
        <translation>„%1“ ist beschädigt: Es ist keine lesbare Anki-Sammlung.</translation>
    </message>
    <message>
        <source>%1 is %2 long, more than a card can hold (%3). The package is refused.</source>
        <translation>%1 ist %2 lang, mehr als eine Karte fassen kann (%3). Das Paket wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 holds a NUL character, which no text has. The package is refused.</source>
        <translation>%1 enthält ein NUL-Zeichen, das in keinem Text vorkommt. Das Paket wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, as Anki writes it. The package is refused.</source>
        <translation>%1 ist kein UTF-8-Text, wie Anki ihn schreibt. Das Paket wird abgelehnt.</translation>
    </message>
    <message>
        <source>The note type “%1” in “%2” is damaged.</source>
        <translation>Der Notiztyp „%1“ in „%2“ ist beschädigt.</translation>
    </message>
    <message>
        <source>The card template “%1” in “%2” is damaged.</source>
        <translation>Die Kartenvorlage „%1“ in „%2“ ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 has a field of %2, more than a card can hold (%3). The package is refused.</source>
        <translation>%1 hat ein Feld von %2, mehr als eine Karte fassen kann (%3). Das Paket wird abgelehnt.</translation>
    </message>
    <message>
        <source>The note %1</source>
        <translation>Die Notiz %1</translation>
    </message>
    <message>
        <source>The note “%1” (id %2)</source>
        <translation>Die Notiz „%1“ (ID %2)</translation>
    </message>
    <message>
        <source>The card %1</source>
        <translation>Die Karte %1</translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message>
        <source>Import This Computer&apos;s /etc/services</source>
        <translation>/etc/services dieses Computers importieren</translation>
    </message>
    <message>
        <source>Make My Entry</source>
        <translation>Als eigenen Eintrag anlegen</translation>
    </message>
    <message>
        <source>No registry loaded.
Import IANA&apos;s service-names CSV (File → Import…) or this computer&apos;s /etc/services.</source>
        <translation>Kein Register geladen.
Importieren Sie IANAs Service-Names-CSV (Datei → Importieren …) oder /etc/services dieses Computers.</translation>
    </message>
    <message>
        <source>No registered service matches this filter.
Try a port number such as 8080 or a word such as backup.</source>
        <translation>Kein registrierter Dienst passt zu diesem Filter.
Versuchen Sie eine Portnummer wie 8080 oder ein Wort wie backup.</translation>
    </message>
    <message>
        <source>IANA&apos;s registry</source>
        <translation>IANAs Register</translation>
    </message>
    <message>
        <source>the services file</source>
        <translation>die services-Datei</translation>
    </message>
    <message>
        <source>Show in Deck</source>
        <translation>Im Stapel zeigen</translation>
    </message>
    <message>
        <source>An entry of your deck studies this port: show it</source>
        <translation>Ein Eintrag Ihres Stapels lernt diesen Port: ihn zeigen</translation>
    </message>
    <message>
        <source>Make this service one of your own entries, with cards to study</source>
        <translation>Diesen Dienst als eigenen Eintrag anlegen, mit Karten zum Lernen</translation>
    </message>
    <message numerus="yes">
        <source>0 of %Ln registered service(s)</source>
        <translation>
            <numerusform>0 von %Ln registrierten Dienst</numerusform>
            <numerusform>0 von %Ln registrierten Diensten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered service(s), from %1</source>
        <translation>
            <numerusform>%Ln registrierter Dienst, aus %1</numerusform>
            <numerusform>%Ln registrierte Dienste, aus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln registered service(s), from %2</source>
        <translation>
            <numerusform>%1 von %Ln registrierten Dienst, aus %2</numerusform>
            <numerusform>%1 von %Ln registrierten Diensten, aus %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryParser</name>
    <message>
        <source>The file is %1 MiB; a port registry is far smaller (IANA&apos;s is about 1 MiB).</source>
        <translation>Die Datei ist %1 MiB groß; ein Portregister ist viel kleiner (IANAs hat etwa 1 MiB).</translation>
    </message>
    <message>
        <source>This is not a text file: it contains NUL bytes. Import IANA&apos;s service-names CSV or a services file such as /etc/services.</source>
        <translation>Dies ist keine Textdatei: Sie enthält NUL-Bytes. Importieren Sie IANAs Service-Names-CSV oder eine services-Datei wie /etc/services.</translation>
    </message>
    <message>
        <source>The row has too few fields (%1); IANA&apos;s rows have 12.</source>
        <translation>Die Zeile hat zu wenige Felder (%1); IANAs Zeilen haben 12.</translation>
    </message>
    <message>
        <source>“%1” is not a port (0–65535) or a range of ports.</source>
        <translation>„%1“ ist kein Port (0–65535) und kein Portbereich.</translation>
    </message>
    <message>
        <source>“%1” is not a transport (tcp, udp, sctp or dccp).</source>
        <translation>„%1“ ist kein Transportprotokoll (tcp, udp, sctp oder dccp).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1 is in another encoding). Save it as UTF-8 and import it again.</source>
        <translation>Die Datei ist kein UTF-8-Text (Zeile %1 hat eine andere Kodierung). Speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>This is not a services line (“name port/protocol [aliases]”).</source>
        <translation>Dies ist keine services-Zeile („Name Port/Protokoll [Aliasse]“).</translation>
    </message>
    <message>
        <source>“%1” is not a port (0–65535).</source>
        <translation>„%1“ ist kein Port (0–65535).</translation>
    </message>
    <message>
        <source>This file is neither IANA&apos;s service-names CSV (its first line names the columns “Service Name,Port Number,Transport Protocol,…”) nor a services file (lines such as “ssh 22/tcp”).</source>
        <translation>Diese Datei ist weder IANAs Service-Names-CSV (deren erste Zeile die Spalten „Service Name,Port Number,Transport Protocol,…“ nennt) noch eine services-Datei (Zeilen wie „ssh 22/tcp“).</translation>
    </message>
</context>
<context>
    <name>RegistryStore</name>
    <message>
        <source>Cannot store the service %1 (line %2): %3</source>
        <translation>Der Dienst %1 (Zeile %2) kann nicht gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>RegistryTableModel</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>not studied</source>
        <translation>nicht gelernt</translation>
    </message>
    <message>
        <source>studied: %1</source>
        <translation>gelernt: %1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Studied</source>
        <translation>Gelernt</translation>
    </message>
</context>
<context>
    <name>RescheduleRun</name>
    <message>
        <source>Rescheduling your cards…</source>
        <translation>Ihre Karten werden neu eingeplant…</translation>
    </message>
    <message>
        <source>Updating your cards&apos; memory…</source>
        <translation>Der Gedächtniszustand Ihrer Karten wird aktualisiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Neu einplanen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The cards could not be rescheduled; nothing was changed.</source>
        <translation>Die Karten konnten nicht neu eingeplant werden; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups yet. Portdeck makes one when it closes, every so often while you study, and before every import and restore.</source>
        <translation>Es gibt noch keine Sicherungen. Portdeck erstellt eine beim Beenden, regelmäßig während Sie lernen und vor jedem Import und jeder Wiederherstellung.</translation>
    </message>
    <message>
        <source>Choose the collection to go back to. Your current collection is backed up first, so a restore can be taken back the same way.</source>
        <translation>Wählen Sie die Sammlung, zu der Sie zurückkehren möchten. Ihre aktuelle Sammlung wird zuerst gesichert, sodass sich eine Wiederherstellung auf demselben Weg zurücknehmen lässt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>%1, before an import</source>
        <translation>%1, vor einem Import</translation>
    </message>
    <message>
        <source>%1, before a restore</source>
        <translation>%1, vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>%1, before an upgrade</source>
        <translation>%1, vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Backups are kept in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Sicherungen liegen in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only on close</source>
        <translation>Nur beim Beenden</translation>
    </message>
    <message>
        <source>While Portdeck is open and your collection changed; 0: only when Portdeck closes</source>
        <translation>Solange Portdeck geöffnet ist und sich Ihre Sammlung geändert hat; 0: nur beim Beenden von Portdeck</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Sichern alle:</translation>
    </message>
    <message>
        <source>Daily backups to keep:</source>
        <translation>Tägliche Sicherungen behalten:</translation>
    </message>
    <message>
        <source>Weekly backups to keep:</source>
        <translation>Wöchentliche Sicherungen behalten:</translation>
    </message>
    <message>
        <source>Monthly backups to keep:</source>
        <translation>Monatliche Sicherungen behalten:</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <source>%1, before the first sync with another computer</source>
        <translation>%1, vor der ersten Synchronisierung mit einem anderen Computer</translation>
    </message>
</context>
<context>
    <name>RevlogCsv</name>
    <message>
        <source>line 1: the header has no %1 column (expected card_id,review_time,review_rating,review_state,review_duration)</source>
        <translation>Zeile 1: Der Kopfzeile fehlt die Spalte %1 (erwartet: card_id,review_time,review_rating,review_state,review_duration)</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile hat aber %3</translation>
    </message>
    <message>
        <source>line %1: review_time must be UTC milliseconds</source>
        <translation>Zeile %1: review_time muss in UTC-Millisekunden angegeben sein</translation>
    </message>
    <message>
        <source>line %1: review_rating must be 1 (Again) to 4 (Easy), or 0 for a manual change</source>
        <translation>Zeile %1: review_rating muss 1 („Nochmal“) bis 4 („Einfach“) sein oder 0 für eine manuelle Änderung</translation>
    </message>
    <message>
        <source>line %1: review_state must be 0 (new), 1 (learning), 2 (review) or 3 (relearning)</source>
        <translation>Zeile %1: review_state muss 0 (neu), 1 (Lernen), 2 (Wiederholung) oder 3 (Neu lernen) sein</translation>
    </message>
    <message>
        <source>line %1: card_id is empty</source>
        <translation>Zeile %1: card_id ist leer</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header and one answer a line</source>
        <translation>Die Datei ist leer: Nötig sind eine Kopfzeile und eine Antwort pro Zeile</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search Notes and Cards</source>
        <translation>Notizen und Karten durchsuchen</translation>
    </message>
    <message>
        <source>Search: 22, udp, time, encrypted mail…</source>
        <translation>Suchen: 22, udp, Zeit, verschlüsselte Mail…</translation>
    </message>
    <message>
        <source>Type to search the notes and the cards.</source>
        <translation>Tippen Sie, um die Notizen und die Karten zu durchsuchen.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <source>Enter opens the highlighted result.</source>
        <translation>Die Eingabetaste öffnet das markierte Ergebnis.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Search is not available: %1</source>
        <translation>Die Suche ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>StudyOptionsDialog</name>
    <message>
        <source>Study Options</source>
        <translation>Lernoptionen</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00 Uhr</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The chance of remembering a card when it comes due. Higher means more reviews; 0.90 suits most learners.</source>
        <translation>Die Wahrscheinlichkeit, sich an eine Karte zu erinnern, wenn sie fällig wird. Ein höherer Wert bedeutet mehr Wiederholungen; 0,90 passt für die meisten Lernenden.</translation>
    </message>
    <message>
        <source>e.g. 1m 10m</source>
        <translation>z. B. 1m 10m</translation>
    </message>
    <message>
        <source>Waits before a new card is asked again: m for minutes, h for hours, d for days.</source>
        <translation>Wartezeiten, bevor eine neue Karte erneut abgefragt wird: m für Minuten, h für Stunden, d für Tage.</translation>
    </message>
    <message>
        <source>e.g. 10m</source>
        <translation>z. B. 10m</translation>
    </message>
    <message>
        <source>Use learning steps (short-term scheduling)</source>
        <translation>Lernschritte verwenden (kurzfristige Planung)</translation>
    </message>
    <message>
        <source>Spread intervals a little, so cards do not clump on one day</source>
        <translation>Intervalle leicht streuen, damit sich Karten nicht an einem Tag häufen</translation>
    </message>
    <message>
        <source>New cards a day:</source>
        <translation>Neue Karten pro Tag:</translation>
    </message>
    <message>
        <source>Maximum reviews a day:</source>
        <translation>Maximale Wiederholungen pro Tag:</translation>
    </message>
    <message>
        <source>Next day starts at:</source>
        <translation>Nächster Tag beginnt um:</translation>
    </message>
    <message>
        <source>Desired retention:</source>
        <translation>Gewünschte Behaltensquote:</translation>
    </message>
    <message>
        <source>Maximum interval:</source>
        <translation>Maximales Intervall:</translation>
    </message>
    <message>
        <source>Learning steps:</source>
        <translation>Lernschritte:</translation>
    </message>
    <message>
        <source>Relearning steps:</source>
        <translation>Neulernschritte:</translation>
    </message>
    <message>
        <source>Learning steps must look like 1m 10m 1h 1d.</source>
        <translation>Lernschritte müssen wie 1m 10m 1h 1d aussehen.</translation>
    </message>
    <message>
        <source>Relearning steps must look like 10m or 1h.</source>
        <translation>Neulernschritte müssen wie 10m oder 1h aussehen.</translation>
    </message>
    <message>
        <source>Type the answers to port and protocol cards, graded automatically</source>
        <translation>Antworten auf Port- und Protokollkarten eintippen und automatisch bewerten lassen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A right answer typed this quickly is rated Easy (longer answers get more time).</source>
        <translation>Eine so schnell eingetippte richtige Antwort wird als „Einfach“ bewertet (längere Antworten bekommen mehr Zeit).</translation>
    </message>
    <message>
        <source>A right answer that takes this long is rated Hard.</source>
        <translation>Eine richtige Antwort, die so lange dauert, wird als „Schwer“ bewertet.</translation>
    </message>
    <message>
        <source>Fast answer (Easy) within:</source>
        <translation>Schnelle Antwort („Einfach“) innerhalb von:</translation>
    </message>
    <message>
        <source>Slow answer (Hard) from:</source>
        <translation>Langsame Antwort („Schwer“) ab:</translation>
    </message>
    <message>
        <source> lapses</source>
        <translation> Mal vergessen</translation>
    </message>
    <message>
        <source>Suspend leeches, so they stop taking your time</source>
        <translation>Problemkarten aussetzen, damit sie Ihnen keine Zeit mehr nehmen</translation>
    </message>
    <message>
        <source>Leech after:</source>
        <translation>Problemkarte nach:</translation>
    </message>
    <message>
        <source>A card you forget this often is a leech: it is tagged “leech”, and you are told.</source>
        <translation>Eine Karte, die Sie so oft vergessen, ist eine Problemkarte: Sie wird mit „leech“ markiert, und Sie erfahren es.</translation>
    </message>
    <message>
        <source>Move due dates to the new retention now</source>
        <translation>Fälligkeiten jetzt an die neue Behaltensquote anpassen</translation>
    </message>
    <message>
        <source>Otherwise cards keep their due dates, and the new retention counts from their next review.</source>
        <translation>Andernfalls behalten die Karten ihre Fälligkeit, und die neue Behaltensquote gilt ab ihrer nächsten Wiederholung.</translation>
    </message>
    <message>
        <source>O&amp;ptimize…</source>
        <translation>O&amp;ptimieren…</translation>
    </message>
    <message>
        <source>Fit the memory model to your own answers</source>
        <translation>Gedächtnismodell an Ihre eigenen Antworten anpassen</translation>
    </message>
    <message>
        <source>Memory model:</source>
        <translation>Gedächtnismodell:</translation>
    </message>
    <message>
        <source>FSRS-6 defaults</source>
        <translation>Standardwerte von FSRS-6</translation>
    </message>
    <message>
        <source>fitted to your answers</source>
        <translation>an Ihre Antworten angepasst</translation>
    </message>
    <message>
        <source>I am preparing for an exam on:</source>
        <translation>Ich lerne für eine Prüfung am:</translation>
    </message>
    <message>
        <source>The chance of remembering each card on exam day that the plan aims for.</source>
        <translation>Die vom Plan angestrebte Wahrscheinlichkeit, sich am Prüfungstag an jede Karte zu erinnern.</translation>
    </message>
    <message>
        <source>Bring cards back before the exam when they would fall below that</source>
        <translation>Karten vor der Prüfung noch einmal abfragen, wenn sie sonst darunter fallen würden</translation>
    </message>
    <message>
        <source>A card that would next be due after the exam, and would be weaker than your aim on the day, is asked once more in the days before.</source>
        <translation>Eine Karte, die erst nach der Prüfung wieder fällig wäre und am Prüfungstag unter Ihrem Ziel läge, wird in den Tagen davor noch einmal abgefragt.</translation>
    </message>
    <message>
        <source>Raise the new-card limit when the exam needs it</source>
        <translation>Limit für neue Karten erhöhen, wenn die Prüfung es erfordert</translation>
    </message>
    <message>
        <source>&amp;Workload…</source>
        <translation>&amp;Lernaufwand…</translation>
    </message>
    <message>
        <source>See how many cards a day each retention takes</source>
        <translation>Anzeigen, wie viele Karten pro Tag jede Behaltensquote erfordert</translation>
    </message>
    <message>
        <source>Recall to aim for on exam day:</source>
        <translation>Angestrebte Erinnerung am Prüfungstag:</translation>
    </message>
    <message>
        <source>&amp;Daily</source>
        <translation>&amp;Täglich</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>&amp;Gedächtnis</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>E&amp;xam</source>
        <translation>P&amp;rüfung</translation>
    </message>
    <message>
        <source>With an exam date, Portdeck paces your new cards so that all of them are learned in time, and the Progress page shows what you can expect to know on the day.</source>
        <translation>Mit einem Prüfungstermin verteilt Portdeck Ihre neuen Karten so, dass alle rechtzeitig gelernt sind, und die Seite „Fortschritt“ zeigt, was Sie am Prüfungstag voraussichtlich wissen.</translation>
    </message>
    <message>
        <source>This date has passed. Choose the date of your next exam, or clear the box.</source>
        <translation>Dieser Termin ist vorbei. Wählen Sie den Termin Ihrer nächsten Prüfung, oder entfernen Sie das Häkchen.</translation>
    </message>
    <message>
        <source>The exam is today. Good luck!</source>
        <translation>Die Prüfung ist heute. Viel Erfolg!</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to go.</source>
        <translation>
            <numerusform>Noch %n Tag.</numerusform>
            <numerusform>Noch %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card has been introduced already.</source>
        <translation>Alle Karten sind bereits eingeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) left: introducing all of them by %1 takes %2 a day.</source>
        <translation>
            <numerusform>Noch %n neue Karte: Um sie bis zum %1 einzuführen, ist %2 pro Tag nötig.</numerusform>
            <numerusform>Noch %n neue Karten: Um alle bis zum %1 einzuführen, sind %2 pro Tag nötig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your limit of %1 rises to %2 a day until then.</source>
        <translation>Ihr Limit von %1 steigt bis dahin auf %2 pro Tag.</translation>
    </message>
    <message>
        <source>So that every card is introduced in time for a few reviews: a week before the exam, or sooner when the exam is close.</source>
        <translation>Damit jede Karte rechtzeitig für einige Wiederholungen eingeführt wird: eine Woche vor der Prüfung, oder früher, wenn die Prüfung kurz bevorsteht.</translation>
    </message>
    <message numerus="yes">
        <source>At your limit of %1 a day, %n card(s) will still be new on exam day.</source>
        <translation>
            <numerusform>Bei Ihrem Limit von %1 pro Tag ist am Prüfungstag noch %n Karte neu.</numerusform>
            <numerusform>Bei Ihrem Limit von %1 pro Tag sind am Prüfungstag noch %n Karten neu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At your limit of %n a day, the last of them come in later than that.</source>
        <translation>
            <numerusform>Bei Ihrem Limit von %n pro Tag kommen die letzten später.</numerusform>
            <numerusform>Bei Ihrem Limit von %n pro Tag kommen die letzten später.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Card &amp;Info</source>
        <translation>Karten&amp;info</translation>
    </message>
    <message>
        <source>Due date, stability, difficulty and review history (I)</source>
        <translation>Fälligkeit, Stabilität, Schwierigkeit und Wiederholungsverlauf (I)</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Optionen…</translation>
    </message>
    <message>
        <source>Daily limits, learning steps and desired retention</source>
        <translation>Tageslimits, Lernschritte und gewünschte Behaltensquote</translation>
    </message>
    <message>
        <source>Done for now</source>
        <translation>Fertig für jetzt</translation>
    </message>
    <message>
        <source>Portdeck shows it here when the time comes.</source>
        <translation>Portdeck zeigt sie hier an, sobald es so weit ist.</translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Leertaste oder Eingabetaste</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (Taste %2)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;%2 new&lt;/span&gt; · &lt;span style=&quot;color:%3&quot;&gt;%4 learning&lt;/span&gt; · &lt;span style=&quot;color:%5&quot;&gt;%6 review&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;%2 neu&lt;/span&gt; · &lt;span style=&quot;color:%3&quot;&gt;%4 in der Lernphase&lt;/span&gt; · &lt;span style=&quot;color:%5&quot;&gt;%6 zu wiederholen&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Port → protocol</source>
        <translation>Port → Protokoll</translation>
    </message>
    <message>
        <source>Cards answered today: %1</source>
        <translation>Heute beantwortete Karten: %1</translation>
    </message>
    <message>
        <source>There are no cards to study.</source>
        <translation>Es gibt keine Karten zum Lernen.</translation>
    </message>
    <message>
        <source>The next card is due in %1, at %2.</source>
        <translation>Die nächste Karte ist in %1 fällig, um %2.</translation>
    </message>
    <message>
        <source>The next card is due today at %1.</source>
        <translation>Die nächste Karte ist heute um %1 fällig.</translation>
    </message>
    <message>
        <source>The next cards are due tomorrow from %1.</source>
        <translation>Die nächsten Karten sind morgen ab %1 fällig.</translation>
    </message>
    <message>
        <source>The next card is due on %1.</source>
        <translation>Die nächste Karte ist am %1 fällig.</translation>
    </message>
    <message>
        <source>Answer not saved</source>
        <translation>Antwort nicht gespeichert</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>Rückgängig machen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Options not saved</source>
        <translation>Optionen nicht gespeichert</translation>
    </message>
    <message>
        <source>The deck could not be read</source>
        <translation>Das Deck konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Type your answer, then Enter</source>
        <translation>Antwort eintippen, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Check Answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Richtig</translation>
    </message>
    <message>
        <source>◐ Partly right</source>
        <translation>◐ Teilweise richtig</translation>
    </message>
    <message>
        <source>✗ No answer</source>
        <translation>✗ Keine Antwort</translation>
    </message>
    <message>
        <source>✗ Not right</source>
        <translation>✗ Nicht richtig</translation>
    </message>
    <message>
        <source>Enter takes %1; 1–4 choose another rating.</source>
        <translation>Die Eingabetaste wählt %1; mit 1–4 wählen Sie eine andere Bewertung.</translation>
    </message>
    <message>
        <source>Back to Today&apos;s Cards</source>
        <translation>Zurück zu den heutigen Karten</translation>
    </message>
    <message>
        <source>Studying your weakest cards: %1 of %2 left.</source>
        <translation>Sie lernen Ihre schwächsten Karten: noch %1 von %2.</translation>
    </message>
    <message>
        <source>Weakest cards done</source>
        <translation>Schwächste Karten erledigt</translation>
    </message>
    <message>
        <source>You went through the cards you were most likely to forget (%1 in all). Each is scheduled again from the answer you just gave.</source>
        <translation>Sie haben die Karten durchgearbeitet, die Sie am ehesten vergessen hätten (insgesamt %1). Jede wird anhand der Antwort, die Sie gerade gegeben haben, neu eingeplant.</translation>
    </message>
    <message>
        <source>Back to Today&apos;s Cards picks up your regular queue.</source>
        <translation>Mit „Zurück zu den heutigen Karten“ geht es mit Ihren regulären Karten weiter.</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Fast geschafft</translation>
    </message>
    <message>
        <source>A card you missed comes back in %1, at %2.</source>
        <translation>Eine verpasste Karte kommt in %1 wieder, um %2.</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <source>Take this card out of study until you unsuspend it (@)</source>
        <translation>Diese Karte aus dem Lernen nehmen, bis Sie sie wieder aufnehmen (@)</translation>
    </message>
    <message>
        <source>Card not suspended</source>
        <translation>Karte nicht ausgesetzt</translation>
    </message>
    <message>
        <source>“%1” is suspended: it stays out of study until you unsuspend it. Ctrl+Z brings it back.</source>
        <translation>„%1“ ist ausgesetzt: Die Karte bleibt aus dem Lernen heraus, bis Sie sie wieder aufnehmen. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>&amp;Bury</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>Put this card away until tomorrow (-)</source>
        <translation>Diese Karte bis morgen zurückstellen (-)</translation>
    </message>
    <message>
        <source>Card not buried</source>
        <translation>Karte nicht zurückgestellt</translation>
    </message>
    <message>
        <source>“%1” is buried until tomorrow. Ctrl+Z brings it back.</source>
        <translation>„%1“ ist bis morgen zurückgestellt. Strg+Z holt die Karte zurück.</translation>
    </message>
    <message>
        <source>Flag the card with Ctrl+1 (red), Ctrl+2 (orange), Ctrl+3 (green) or Ctrl+4 (blue); the same key again clears it. Browse finds flagged cards with flag:1 … flag:4.</source>
        <translation>Markieren Sie die Karte mit Strg+1 (rot), Strg+2 (orange), Strg+3 (grün) oder Strg+4 (blau); dieselbe Taste entfernt die Markierung wieder. Auf der Seite „Durchsuchen“ finden Sie markierte Karten mit flag:1 … flag:4.</translation>
    </message>
    <message>
        <source>The flag of “%1” is cleared.</source>
        <translation>Die Markierung von „%1“ ist entfernt.</translation>
    </message>
    <message>
        <source>“%1” is flagged red.</source>
        <translation>„%1“ ist rot markiert.</translation>
    </message>
    <message>
        <source>“%1” is flagged orange.</source>
        <translation>„%1“ ist orange markiert.</translation>
    </message>
    <message>
        <source>“%1” is flagged green.</source>
        <translation>„%1“ ist grün markiert.</translation>
    </message>
    <message>
        <source>“%1” is flagged blue.</source>
        <translation>„%1“ ist blau markiert.</translation>
    </message>
    <message>
        <source>Card not flagged</source>
        <translation>Karte nicht markiert</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Change this card&apos;s text, or the entry it asks about (E)</source>
        <translation>Den Text dieser Karte oder den Eintrag, nach dem sie fragt, ändern (E)</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>Bearbei&amp;ten</translation>
    </message>
    <message numerus="yes">
        <source>You have forgotten “%1” %n time(s): it is tagged “leech” and suspended, so it stops taking your time. Ctrl+Z brings it back.</source>
        <translation>
            <numerusform>Sie haben „%1“ %n-mal vergessen: Die Karte ist mit „leech“ markiert und ausgesetzt, damit sie Ihnen keine Zeit mehr nimmt. Strg+Z holt sie zurück.</numerusform>
            <numerusform>Sie haben „%1“ %n-mal vergessen: Die Karte ist mit „leech“ markiert und ausgesetzt, damit sie Ihnen keine Zeit mehr nimmt. Strg+Z holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have forgotten “%1” %n time(s): it is tagged “leech”. Its page in the Notes may help it stick.</source>
        <translation>
            <numerusform>Sie haben „%1“ %n-mal vergessen: Die Karte ist mit „leech“ markiert. Ihre Seite in den Notizen hilft vielleicht, sie zu behalten.</numerusform>
            <numerusform>Sie haben „%1“ %n-mal vergessen: Die Karte ist mit „leech“ markiert. Ihre Seite in den Notizen hilft vielleicht, sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Options saved</source>
        <translation>Optionen gespeichert</translation>
    </message>
    <message>
        <source>Your options are saved. The due dates were not moved; the new retention counts from each card&apos;s next review.</source>
        <translation>Ihre Optionen sind gespeichert. Die Fälligkeiten wurden nicht verschoben; die neue Behaltensquote gilt ab der nächsten Wiederholung jeder Karte.</translation>
    </message>
    <message>
        <source>Exam date saved</source>
        <translation>Prüfungstermin gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) that would next have come up after the exam will come up before it.</source>
        <translation>
            <numerusform>%n Karte, die erst nach der Prüfung wieder abgefragt worden wäre, wird nun schon vorher abgefragt.</numerusform>
            <numerusform>%n Karten, die erst nach der Prüfung wieder abgefragt worden wären, werden nun schon vorher abgefragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Exam Date</source>
        <translation>Prüfungstermin festlegen</translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no card to answer.</source>
        <translation>Es gibt keine Karte zum Beantworten.</translation>
    </message>
    <message>
        <source>The answer was not saved: %1</source>
        <translation>Die Antwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The answer could not be taken back: %1</source>
        <translation>Die Antwort konnte nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <source>The deck could not be read: %1</source>
        <translation>Das Deck konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Answer to “%1”</source>
        <translation>Antwort auf „%1“</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync Settings</source>
        <translation>Synchronisierungseinstellungen</translation>
    </message>
    <message>
        <source>Study on every computer you own. Choose a folder that a file-sync program such as Syncthing, Nextcloud or Dropbox keeps the same on each of them. Portdeck writes its changes there and reads the other computers&apos; changes; it needs no account and sends nothing over the network itself.</source>
        <translation>Lernen Sie auf jedem Ihrer Computer. Wählen Sie einen Ordner, den ein Programm zum Synchronisieren von Dateien wie Syncthing, Nextcloud oder Dropbox auf allen Computern gleich hält. Portdeck schreibt seine Änderungen dorthin und liest die Änderungen der anderen Computer; es braucht kein Konto und sendet selbst nichts über das Netzwerk.</translation>
    </message>
    <message>
        <source>No folder: sync is off</source>
        <translation>Kein Ordner: Die Synchronisierung ist aus</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>&amp;Gemeinsamer Ordner:</translation>
    </message>
    <message>
        <source>How your other computers list this one, for example “Laptop” or “Desk at home”.</source>
        <translation>So erscheint dieser Computer auf Ihren anderen Computern, zum Beispiel „Laptop“ oder „Schreibtisch zu Hause“.</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Name dieses Computers:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only on start, on close and by hand</source>
        <translation>Nur beim Start, beim Beenden und von Hand</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Synchronisieren alle:</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Changes last merged</source>
        <translation>Änderungen zuletzt übernommen</translation>
    </message>
    <message>
        <source>Unnamed computer</source>
        <translation>Unbenannter Computer</translation>
    </message>
    <message>
        <source>Collection %1</source>
        <translation>Sammlung %1</translation>
    </message>
    <message>
        <source>No other computer yet</source>
        <translation>Noch kein anderer Computer</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Choose the Shared Folder</source>
        <translation>Gemeinsamen Ordner wählen</translation>
    </message>
    <message>
        <source>The folder does not exist. Choose the folder your sync program keeps in step.</source>
        <translation>Der Ordner existiert nicht. Wählen Sie den Ordner, den Ihr Synchronisierungsprogramm abgleicht.</translation>
    </message>
    <message>
        <source>The folder cannot be written. Choose one that is yours.</source>
        <translation>In den Ordner kann nicht geschrieben werden. Wählen Sie einen, der Ihnen gehört.</translation>
    </message>
    <message>
        <source>Give this computer a name, so that your other computers can tell it apart.</source>
        <translation>Geben Sie diesem Computer einen Namen, damit Ihre anderen Computer ihn unterscheiden können.</translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n answer(s) from your other computers.</source>
        <translation>
            <numerusform>Synchronisiert: %n Antwort von Ihren anderen Computern.</numerusform>
            <numerusform>Synchronisiert: %n Antworten von Ihren anderen Computern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: changes from your other computers merged.</source>
        <translation>Synchronisiert: Änderungen von Ihren anderen Computern übernommen.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisiert.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>an unnamed computer</source>
        <translation>einem unbenannten Computer</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced %1; no other computer yet</source>
        <translation>Um %1 synchronisiert; noch kein anderer Computer</translation>
    </message>
    <message>
        <source>Synced %1 with %2</source>
        <translation>Um %1 mit %2 synchronisiert</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The cards could not be replayed.</source>
        <translation>Die Karten konnten nicht neu berechnet werden.</translation>
    </message>
    <message>
        <source>The sync folder %1 does not exist. Choose a folder your sync program keeps the same on every computer.</source>
        <translation>Der gemeinsame Ordner %1 existiert nicht. Wählen Sie einen Ordner, den Ihr Synchronisierungsprogramm auf jedem Computer gleich hält.</translation>
    </message>
    <message>
        <source>The collection cannot be written: %1</source>
        <translation>Die Sammlung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The sync folder %1 cannot be written. Check that it is yours and not read-only.</source>
        <translation>In den gemeinsamen Ordner %1 kann nicht geschrieben werden. Prüfen Sie, ob er Ihnen gehört und nicht schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>Another computer writes this collection&apos;s journal in the sync folder: the collection was copied from one computer to another. Sync one of them as it is, and on the other start a new collection and sync it to get the cards back.</source>
        <translation>Ein anderer Computer schreibt das Journal dieser Sammlung im gemeinsamen Ordner: Die Sammlung wurde von einem Computer auf einen anderen kopiert. Synchronisieren Sie einen der beiden Computer so, wie er ist; beginnen Sie auf dem anderen eine neue Sammlung und synchronisieren Sie diese, um die Karten zurückzubekommen.</translation>
    </message>
    <message>
        <source>Segment %1 of “%2” is too large to be a journal segment and was not read.</source>
        <translation>Segment %1 von „%2“ ist zu groß für ein Journal-Segment und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The journal of “%1” comes from a newer Portdeck; update Portdeck on this computer to sync with it. (%2)</source>
        <translation>Das Journal von „%1“ stammt von einem neueren Portdeck; aktualisieren Sie Portdeck auf diesem Computer, um damit zu synchronisieren. (%2)</translation>
    </message>
    <message>
        <source>Segment %1 of “%2” is damaged and was not read: %3</source>
        <translation>Segment %1 von „%2“ ist beschädigt und wurde nicht gelesen: %3</translation>
    </message>
    <message>
        <source>Segment %1 of “%2” belongs to another journal and was not read.</source>
        <translation>Segment %1 von „%2“ gehört zu einem anderen Journal und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Segment %1 of “%2” was written by a computer whose clock is more than a year ahead; set its clock right, then sync it again.</source>
        <translation>Segment %1 von „%2“ wurde von einem Computer geschrieben, dessen Uhr mehr als ein Jahr vorgeht; stellen Sie seine Uhr richtig und synchronisieren Sie ihn dann erneut.</translation>
    </message>
    <message>
        <source>“%1” is a copy of this collection: it shares its identity, so neither can sync with the other.</source>
        <translation>„%1“ ist eine Kopie dieser Sammlung: Beide haben dieselbe Identität, daher lassen sie sich nicht miteinander synchronisieren.</translation>
    </message>
    <message>
        <source>Nothing was merged: the backup before the first sync with another computer failed: %1</source>
        <translation>Nichts wurde übernommen: Die Sicherung vor der ersten Synchronisierung mit einem anderen Computer ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Nichts wurde übernommen: %1</translation>
    </message>
    <message>
        <source>The changes to send cannot be read: %1</source>
        <translation>Die zu sendenden Änderungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s changes could not be written to the sync folder: %1</source>
        <translation>Die Änderungen dieses Computers konnten nicht in den gemeinsamen Ordner geschrieben werden: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s changes do not fit into one journal segment: a text of over 16 MiB, or more than a segment holds.</source>
        <translation>Die Änderungen dieses Computers passen nicht in ein Journalsegment: ein Text mit mehr als 16 MiB oder mehr, als ein Segment fasst.</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>The sync settings could not be saved.</source>
        <translation>Die Synchronisierungseinstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The time of the sync could not be saved.</source>
        <translation>Der Zeitpunkt der Synchronisierung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The sync clock could not be saved.</source>
        <translation>Die Uhr der Synchronisierung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Sync could not be set up: %1</source>
        <translation>Die Synchronisierung konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>The changes could not be recorded for sync: %1</source>
        <translation>Die Änderungen konnten nicht für die Synchronisierung festgehalten werden: %1</translation>
    </message>
    <message>
        <source>The journal&apos;s progress could not be saved: %1</source>
        <translation>Der Fortschritt des Journals konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The journal&apos;s progress could not be saved.</source>
        <translation>Der Fortschritt des Journals konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The other computer&apos;s progress could not be saved: %1</source>
        <translation>Der Fortschritt des anderen Computers konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The entry is not in a form this Portdeck reads.</source>
        <translation>Der Eintrag liegt in einer Form vor, die dieses Portdeck nicht lesen kann.</translation>
    </message>
    <message>
        <source>A register could not be saved: %1</source>
        <translation>Ein synchronisierter Wert konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>“%1” was not applied: %2</source>
        <translation>„%1“ wurde nicht übernommen: %2</translation>
    </message>
    <message>
        <source>A card&apos;s fields could not be applied: %1</source>
        <translation>Die Felder einer Karte konnten nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>A review could not be taken back: %1</source>
        <translation>Eine Wiederholung konnte nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <source>A review could not be added: %1</source>
        <translation>Eine Wiederholung konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The cards to replay cannot be read.</source>
        <translation>Die neu zu berechnenden Karten können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The review history cannot be read: %1</source>
        <translation>Der Wiederholungsverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A card&apos;s schedule could not be saved: %1</source>
        <translation>Der Zeitplan einer Karte konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Filter: 22, tcp/22, ssh, udp, mail…</source>
        <translation>Filter: 22, tcp/22, ssh, udp, mail…</translation>
    </message>
    <message>
        <source>Type a port (22, tcp/22, 53/udp), a name (ssh) or a topic (mail, file, time). All words must match.</source>
        <translation>Geben Sie einen Port (22, tcp/22, 53/udp), einen Namen (ssh) oder ein Thema (mail, file, time) ein. Alle Wörter müssen passen.</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Only entries that use TCP</source>
        <translation>Nur Einträge, die TCP verwenden</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Only entries that use UDP</source>
        <translation>Nur Einträge, die UDP verwenden</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Only secure protocols</source>
        <translation>Nur sichere Protokolle</translation>
    </message>
    <message>
        <source>N10-009</source>
        <translation>N10-009</translation>
    </message>
    <message>
        <source>Only items of exam objective 1.4</source>
        <translation>Nur Einträge aus Prüfungsziel 1.4</translation>
    </message>
    <message>
        <source>Nothing matches this filter.
Try a port number such as 443, a name such as DNS, or a topic such as mail.</source>
        <translation>Nichts passt zu diesem Filter.
Versuchen Sie eine Portnummer wie 443, einen Namen wie DNS oder ein Thema wie mail.</translation>
    </message>
    <message>
        <source>Select an entry to see its ports, its secure alternative and your cards.</source>
        <translation>Wählen Sie einen Eintrag aus, um seine Ports, seine sichere Alternative und Ihre Karten zu sehen.</translation>
    </message>
    <message>
        <source>Mastery Map</source>
        <translation>Wissenslandkarte</translation>
    </message>
    <message>
        <source>Show the entries as tiles coloured by how well you recall their cards now</source>
        <translation>Einträge als Kacheln zeigen, eingefärbt danach, wie gut Sie sich gerade an ihre Karten erinnern</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>My Deck</source>
        <translation>Mein Stapel</translation>
    </message>
    <message>
        <source>The entries of your deck</source>
        <translation>Die Einträge Ihres Stapels</translation>
    </message>
    <message>
        <source>All Registered Ports</source>
        <translation>Alle registrierten Ports</translation>
    </message>
    <message>
        <source>Look up any port in the registry (IANA&apos;s or /etc/services), studied or not</source>
        <translation>Jeden Port im Register nachschlagen (IANAs oder /etc/services), ob gelernt oder nicht</translation>
    </message>
    <message>
        <source>Look up: 8080, tcp/5432, backup, game…</source>
        <translation>Nachschlagen: 8080, tcp/5432, backup, game …</translation>
    </message>
</context>
<context>
    <name>TroubleshootingDrill</name>
    <message>
        <source>clients get no IPv4 addresses</source>
        <translation>Clients erhalten keine IPv4-Adressen</translation>
    </message>
    <message>
        <source>clients get no IPv6 addresses from the server</source>
        <translation>Clients erhalten vom Server keine IPv6-Adressen</translation>
    </message>
    <message>
        <source>device clocks drift, as nothing reaches the time server</source>
        <translation>die Uhren der Geräte laufen auseinander, da nichts den Zeitserver erreicht</translation>
    </message>
    <message>
        <source>names no longer resolve, though addresses can still be pinged</source>
        <translation>Namen werden nicht mehr aufgelöst, obwohl Adressen noch per Ping erreichbar sind</translation>
    </message>
    <message>
        <source>secure websites no longer load</source>
        <translation>sichere Websites laden nicht mehr</translation>
    </message>
    <message>
        <source>plain-text web pages no longer load</source>
        <translation>unverschlüsselte Webseiten laden nicht mehr</translation>
    </message>
    <message>
        <source>administrators cannot open an encrypted shell on the routers</source>
        <translation>Administratoren können keine verschlüsselte Shell auf den Routern öffnen</translation>
    </message>
    <message>
        <source>an old switch can no longer be reached over its unencrypted login</source>
        <translation>ein alter Switch ist über seinen unverschlüsselten Login nicht mehr erreichbar</translation>
    </message>
    <message>
        <source>mail servers no longer hand mail to one another</source>
        <translation>Mailserver stellen einander keine Mails mehr zu</translation>
    </message>
    <message>
        <source>mail apps cannot read the mail kept on the server over TLS</source>
        <translation>Mail-Apps können die auf dem Server gespeicherten Mails nicht über TLS lesen</translation>
    </message>
    <message>
        <source>mail apps cannot download new mail over TLS</source>
        <translation>Mail-Apps können neue Mails nicht über TLS herunterladen</translation>
    </message>
    <message>
        <source>directory lookups over TLS fail</source>
        <translation>Verzeichnisabfragen über TLS schlagen fehl</translation>
    </message>
    <message>
        <source>users cannot get tickets to log on to the domain</source>
        <translation>Benutzer erhalten keine Tickets für die Anmeldung an der Domäne</translation>
    </message>
    <message>
        <source>Wi-Fi users are no longer checked against the AAA server</source>
        <translation>WLAN-Benutzer werden nicht mehr gegen den AAA-Server geprüft</translation>
    </message>
    <message>
        <source>the log server no longer receives plain syslog from the routers</source>
        <translation>der Log-Server empfängt kein unverschlüsseltes Syslog mehr von den Routern</translation>
    </message>
    <message>
        <source>the monitoring system cannot poll the switches or receive their traps</source>
        <translation>das Monitoring-System kann die Switches weder abfragen noch ihre Traps empfangen</translation>
    </message>
    <message>
        <source>IP phones cannot fetch their configuration files</source>
        <translation>IP-Telefone können ihre Konfigurationsdateien nicht abrufen</translation>
    </message>
    <message>
        <source>remote desktop sessions to the Windows servers fail</source>
        <translation>Remotedesktop-Sitzungen zu den Windows-Servern schlagen fehl</translation>
    </message>
    <message>
        <source>VoIP calls cannot be set up</source>
        <translation>VoIP-Anrufe lassen sich nicht aufbauen</translation>
    </message>
    <message>
        <source>the app cannot reach its Microsoft SQL Server database</source>
        <translation>die App erreicht ihre Datenbank auf Microsoft SQL Server nicht</translation>
    </message>
    <message>
        <source>the website cannot reach its MySQL database</source>
        <translation>die Website erreicht ihre MySQL-Datenbank nicht</translation>
    </message>
    <message>
        <source>Windows file shares no longer open</source>
        <translation>Windows-Dateifreigaben lassen sich nicht mehr öffnen</translation>
    </message>
    <message>
        <source>the site-to-site IPsec VPN no longer comes up</source>
        <translation>das Site-to-Site-VPN mit IPsec baut sich nicht mehr auf</translation>
    </message>
    <message>
        <source>the old file server can no longer be reached with an FTP client</source>
        <translation>der alte Dateiserver ist mit einem FTP-Client nicht mehr erreichbar</translation>
    </message>
    <message>
        <source>plain directory lookups fail</source>
        <translation>unverschlüsselte Verzeichnisabfragen schlagen fehl</translation>
    </message>
    <message>
        <source>%1 (“%2”) no longer works</source>
        <translation>%1 („%2“) funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>%1 no longer works</source>
        <translation>%1 funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Since a new firewall went in, %1 and %2. Which ports, with their transports, must the firewall pass?</source>
        <translation>Seit eine neue Firewall im Einsatz ist, gibt es Probleme: %1 und %2. Welche Ports (mit Transportprotokoll) muss die Firewall durchlassen?</translation>
    </message>
    <message>
        <source>mail apps can no longer submit outgoing mail with STARTTLS</source>
        <translation>Mail-Apps können keine ausgehenden Mails mehr mit STARTTLS einliefern</translation>
    </message>
</context>
<context>
    <name>WorkloadDialog</name>
    <message>
        <source>Workload</source>
        <translation>Lernaufwand</translation>
    </message>
    <message>
        <source>How many cards a day the next year takes for each desired retention, simulated from your cards and the way you answer. Higher retention means more reviews, and more so near the top.</source>
        <translation>Wie viele Karten pro Tag das nächste Jahr bei jeder gewünschten Behaltensquote erfordert, simuliert anhand Ihrer Karten und Ihres Antwortverhaltens. Eine höhere Behaltensquote bedeutet mehr Wiederholungen – im oberen Bereich steigt der Aufwand besonders stark.</translation>
    </message>
    <message>
        <source>Cards a day against desired retention</source>
        <translation>Karten pro Tag nach gewünschter Behaltensquote</translation>
    </message>
    <message>
        <source>There are no cards to simulate yet.</source>
        <translation>Es gibt noch keine Karten zum Simulieren.</translation>
    </message>
    <message>
        <source>Simulating a year of study…</source>
        <translation>Ein Lernjahr wird simuliert …</translation>
    </message>
    <message>
        <source>Desired retention:</source>
        <translation>Gewünschte Behaltensquote:</translation>
    </message>
    <message>
        <source>&amp;Use This Retention</source>
        <translation>Diese Behaltensquote &amp;übernehmen</translation>
    </message>
    <message>
        <source>Cards a day</source>
        <translation>Karten pro Tag</translation>
    </message>
    <message>
        <source>Your setting</source>
        <translation>Ihre Einstellung</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>desired retention</source>
        <translation>gewünschte Behaltensquote</translation>
    </message>
    <message>
        <source>cards a day</source>
        <translation>Karten pro Tag</translation>
    </message>
    <message>
        <source>Nothing to review in the next year: there are no cards in study.</source>
        <translation>Im nächsten Jahr gibt es nichts zu wiederholen: Sie lernen derzeit keine Karten.</translation>
    </message>
    <message numerus="yes">
        <source>Averages over the next 365 days, new cards included (%n a day).</source>
        <translation>
            <numerusform>Durchschnitt über die nächsten 365 Tage, neue Karten eingeschlossen (%n pro Tag).</numerusform>
            <numerusform>Durchschnitt über die nächsten 365 Tage, neue Karten eingeschlossen (%n pro Tag).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>About %n card(s) a day, and %1 of your cards remembered a year from now.</source>
        <translation>
            <numerusform>Etwa %n Karte pro Tag, und in einem Jahr wissen Sie noch %1 Ihrer Karten.</numerusform>
            <numerusform>Etwa %n Karten pro Tag, und in einem Jahr wissen Sie noch %1 Ihrer Karten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more work than now.</source>
        <translation>%1 mehr Aufwand als jetzt.</translation>
    </message>
    <message>
        <source>%1 less work than now.</source>
        <translation>%1 weniger Aufwand als jetzt.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a zip file, so it is no Anki package.</source>
        <translation>„%1“ ist keine ZIP-Datei und damit kein Anki-Paket.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is a damaged zip file.</source>
        <translation>„%1“ ist eine beschädigte ZIP-Datei.</translation>
    </message>
    <message>
        <source>“%1” holds too many files to be a deck.</source>
        <translation>„%1“ enthält zu viele Dateien für einen Stapel.</translation>
    </message>
    <message>
        <source>“%1” holds a file named “%2”, which points outside the folder it would be unpacked to. The package is refused.</source>
        <translation>„%1“ enthält eine Datei namens „%2“, die aus dem Ordner hinauszeigt, in den sie entpackt würde. Das Paket wird abgelehnt.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Portdeck reads only packages without a password.</source>
        <translation>„%1“ ist verschlüsselt. Portdeck liest nur Pakete ohne Passwort.</translation>
    </message>
    <message>
        <source>“%1” uses a kind of compression Portdeck cannot read.</source>
        <translation>„%1“ verwendet eine Komprimierung, die Portdeck nicht lesen kann.</translation>
    </message>
    <message>
        <source>“%1” holds a file of %2 unpacked, more than the %3 a deck may take. The package is refused.</source>
        <translation>„%1“ enthält eine Datei, die entpackt %2 groß ist, mehr als die %3, die ein Stapel belegen darf. Das Paket wird abgelehnt.</translation>
    </message>
    <message>
        <source>“%1” would unpack %2 from %3, which only a zip bomb does. The package is refused.</source>
        <translation>„%1“ würde aus %3 ganze %2 entpacken, wie es nur eine ZIP-Bombe tut. Das Paket wird abgelehnt.</translation>
    </message>
    <message>
        <source>“%1” unpacks to more than %2, more than a deck may take. The package is refused.</source>
        <translation>„%1“ entpackt zu mehr als %2, mehr als ein Stapel belegen darf. Das Paket wird abgelehnt.</translation>
    </message>
    <message>
        <source>“%1” has files that overlap, which only a zip bomb does. The package is refused.</source>
        <translation>„%1“ hat Dateien, die sich überlappen, wie es nur eine ZIP-Bombe tut. Das Paket wird abgelehnt.</translation>
    </message>
    <message>
        <source>“%1” holds no file “%2”.</source>
        <translation>„%1“ enthält keine Datei „%2“.</translation>
    </message>
    <message>
        <source>“%1” in “%2” unpacks to more than %3. The package is refused.</source>
        <translation>„%1“ in „%2“ entpackt zu mehr als %3. Das Paket wird abgelehnt.</translation>
    </message>
    <message>
        <source>“%1” in “%2” could not be read.</source>
        <translation>„%1“ in „%2“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is damaged.</source>
        <translation>„%1“ in „%2“ ist beschädigt.</translation>
    </message>
    <message>
        <source>“%1” could not be unpacked: %2</source>
        <translation>„%1“ konnte nicht entpackt werden: %2</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>“%1” could not be written.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ZstdCodec</name>
    <message>
        <source>The compressed data is damaged.</source>
        <translation>Die komprimierten Daten sind beschädigt.</translation>
    </message>
    <message>
        <source>The compressed data unpacks to more than %1, which is more than a deck needs.</source>
        <translation>Die komprimierten Daten entpacken zu mehr als %1, mehr als ein Stapel braucht.</translation>
    </message>
    <message>
        <source>The unpacked data could not be written: %1</source>
        <translation>Die entpackten Daten konnten nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Learn network ports with a reference table and spaced repetition.</source>
        <translation>Lernen Sie Netzwerkports mit einer Referenztabelle und verteilter Wiederholung.</translation>
    </message>
    <message>
        <source>Keep the deck and settings in &lt;dir&gt;.</source>
        <translation>Deck und Einstellungen in &lt;dir&gt; speichern.</translation>
    </message>
    <message>
        <source>Language of the interface, e.g. de or en.</source>
        <translation>Sprache der Oberfläche, z. B. de oder en.</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <source>Render the page to the PNG &lt;file&gt; and exit.</source>
        <translation>Die Seite als PNG in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>unknown theme &apos;%1&apos; (system, light, dark)</source>
        <translation>unbekanntes Design „%1“ (system, light, dark)</translation>
    </message>
    <message>
        <source>Portdeck</source>
        <translation>Portdeck</translation>
    </message>
    <message>
        <source>there is no page &apos;%1&apos; in this version; pages: %2</source>
        <translation>in dieser Version gibt es keine Seite „%1“; Seiten: %2</translation>
    </message>
    <message>
        <source>The built-in deck was updated: %1 new and %2 corrected entries, %3 new cards. Your reviews are unchanged.</source>
        <translation>Das mitgelieferte Deck wurde aktualisiert: %1 neue und %2 korrigierte Einträge, %3 neue Karten. Ihre Wiederholungen bleiben unverändert.</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>der Screenshot kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Show the version and the licence, then exit.</source>
        <translation>Version und Lizenz anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: notes, table, study, quiz, stats or browse.</source>
        <translation>Auf der Seite &lt;page&gt; öffnen: notes, table, study, quiz, stats oder browse.</translation>
    </message>
</context>
</TS>
