<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerChecker</name>
    <message numerus="yes">
        <source>%1: legacy port(s) of %2. Today it uses %3.</source>
        <translation>
            <numerusform>%1: a legacy port of %2. Today it uses %3.</numerusform>
            <numerusform>%1: legacy ports of %2. Today it uses %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Right; %1: legacy port(s) that older servers still use.</source>
        <translation>
            <numerusform>Right; %1: a legacy port that older servers still use.</numerusform>
            <numerusform>Right; %1: legacy ports that older servers still use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not needed here: the firewall would open it for nothing.</source>
        <translation>
            <numerusform>%1 is not needed here: the firewall would open it for nothing.</numerusform>
            <numerusform>%1 are not needed here: the firewall would open them for nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message numerus="yes">
        <source>%n older backup(s) removed.</source>
        <translation>
            <numerusform>%n older backup removed.</numerusform>
            <numerusform>%n older backups removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Go back to your collection of %1, with %n review(s)?</source>
        <translation>
            <numerusform>Go back to your collection of %1, with %n review?</numerusform>
            <numerusform>Go back to your collection of %1, with %n reviews?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collection</name>
    <message numerus="yes">
        <source>Suspend %n Card(s)</source>
        <translation>
            <numerusform>Suspend %n Card</numerusform>
            <numerusform>Suspend %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsuspend %n Card(s)</source>
        <translation>
            <numerusform>Unsuspend %n Card</numerusform>
            <numerusform>Unsuspend %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bury %n Card(s)</source>
        <translation>
            <numerusform>Bury %n Card</numerusform>
            <numerusform>Bury %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear Flag of %n Card(s)</source>
        <translation>
            <numerusform>Clear Flag of %n Card</numerusform>
            <numerusform>Clear Flags of %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flag %n Card(s)</source>
        <translation>
            <numerusform>Flag %n Card</numerusform>
            <numerusform>Flag %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Card(s)</source>
        <translation>
            <numerusform>Tag %n Card</numerusform>
            <numerusform>Tag %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Tags from %n Card(s)</source>
        <translation>
            <numerusform>Remove Tags from %n Card</numerusform>
            <numerusform>Remove Tags from %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget %n Card(s)</source>
        <translation>
            <numerusform>Forget %n Card</numerusform>
            <numerusform>Forget %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set Due Date of %n Card(s)</source>
        <translation>
            <numerusform>Set Due Date of %n Card</numerusform>
            <numerusform>Set Due Date of %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Card(s)</source>
        <translation>
            <numerusform>Delete %n Card</numerusform>
            <numerusform>Delete %n Cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %n Card(s)</source>
        <translation>
            <numerusform>Reschedule %n Card</numerusform>
            <numerusform>Reschedule %n Cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The %n card(s) &amp;selected in Browse</source>
        <translation>
            <numerusform>The %n card &amp;selected in Browse</numerusform>
            <numerusform>The %n cards &amp;selected in Browse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactDetailView</name>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ports %1 to %2 (%n port(s))</source>
        <translation>
            <numerusform>Ports %1 to %2 (%n port)</numerusform>
            <numerusform>Ports %1 to %2 (%n ports)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirewallGrade</name>
    <message numerus="yes">
        <source>%1 is too broad: it allows %2, and %n other port(s) or direction(s) with it.</source>
        <translation>
            <numerusform>%1 is too broad: it allows %2, and %n other port or direction with it.</numerusform>
            <numerusform>%1 is too broad: it allows %2, and %n other ports or directions with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too broad: allows %1, and %n more</source>
        <translation>
            <numerusform>too broad: allows %1, and %n more</numerusform>
            <numerusform>too broad: allows %1, and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opens %n port(s) or direction(s) that the scenario does not ask for.</source>
        <translation>
            <numerusform>%1 opens %n port or direction that the scenario does not ask for.</numerusform>
            <numerusform>%1 opens %n ports or directions that the scenario does not ask for.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) will become your own entries, with their cards.</source>
        <translation>
            <numerusform>%n row will become your own entry, with its cards.</numerusform>
            <numerusform>%n rows will become your own entries, with their cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will become your own cards.</source>
        <translation>
            <numerusform>%n row will become your own card.</numerusform>
            <numerusform>%n rows will become your own cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and will be left out; the report after the import names their lines.</source>
        <translation>
            <numerusform>%n row cannot be read and will be left out; the report after the import names its line.</numerusform>
            <numerusform>%n rows cannot be read and will be left out; the report after the import names their lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>%n entry added</numerusform>
            <numerusform>%n entries added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) added</source>
        <translation>
            <numerusform>%n card added</numerusform>
            <numerusform>%n cards added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicates</source>
        <translation>
            <numerusform>%n skipped as a duplicate</numerusform>
            <numerusform>%n skipped as duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were left out; the details name each line and why.</source>
        <translation>
            <numerusform>%n row was left out; the details name its line and why.</numerusform>
            <numerusform>%n rows were left out; the details name each line and why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) of history</source>
        <translation>
            <numerusform>%n review of history</numerusform>
            <numerusform>%n reviews of history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) (pictures, sounds) are not imported; cards keep their text.</source>
        <translation>
            <numerusform>%n media file (a picture or sound) is not imported; cards keep their text.</numerusform>
            <numerusform>%n media files (pictures, sounds) are not imported; cards keep their text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link the %n card(s) that ask about a built-in entry to that entry</source>
        <translation>
            <numerusform>Link the card that asks about a built-in entry to that entry</numerusform>
            <numerusform>Link the %n cards that ask about a built-in entry to that entry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to built-in entries</source>
        <translation>
            <numerusform>%n linked to a built-in entry</numerusform>
            <numerusform>%n linked to built-in entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered service(s) imported from %1. Look them up in the Table&apos;s “All Registered Ports”; no cards were added to your study.</source>
        <translation>
            <numerusform>%Ln registered service imported from %1. Look it up in the Table&apos;s “All Registered Ports”; no cards were added to your study.</numerusform>
            <numerusform>%Ln registered services imported from %1. Look them up in the Table&apos;s “All Registered Ports”; no cards were added to your study.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalSegmentFormat</name>
    <message numerus="yes">
        <source>The segment is not complete yet (%n byte(s)).</source>
        <translation>
            <numerusform>The segment is not complete yet (%n byte).</numerusform>
            <numerusform>The segment is not complete yet (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MasteryMap</name>
    <message numerus="yes">
        <source>%1 of %n card(s) studied</source>
        <translation>
            <numerusform>%1 of %n card studied</numerusform>
            <numerusform>%1 of %n cards studied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) learned by exam day</source>
        <translation>
            <numerusform>%1 of %n card learned by exam day</numerusform>
            <numerusform>%1 of %n cards learned by exam day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingBoardView</name>
    <message numerus="yes">
        <source>%n item(s) have no match yet. Press Ctrl+Enter again to check the board as it is.</source>
        <translation>
            <numerusform>%n item has no match yet. Press Ctrl+Enter again to check the board as it is.</numerusform>
            <numerusform>%n items have no match yet. Press Ctrl+Enter again to check the board as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptimizeDialog</name>
    <message numerus="yes">
        <source>%n review(s) on later days were scored, of %1 answers to %2 cards.</source>
        <translation>
            <numerusform>%n review on a later day was scored, of %1 answers to %2 cards.</numerusform>
            <numerusform>%n reviews on later days were scored, of %1 answers to %2 cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough reviews yet to fit the model reliably: it takes %1 reviews on later days, and %n more are needed. Keep studying and come back.</source>
        <translation>
            <numerusform>Not enough reviews yet to fit the model reliably: it takes %1 reviews on later days, and %n more is needed. Keep studying and come back.</numerusform>
            <numerusform>Not enough reviews yet to fit the model reliably: it takes %1 reviews on later days, and %n more are needed. Keep studying and come back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>%1 of %n answer(s)</source>
        <translation>
            <numerusform>%1 of %n answer</numerusform>
            <numerusform>%1 of %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers: %1, on %2 of %n day(s).</source>
        <translation>
            <numerusform>Answers: %1, on %2 of %n day.</numerusform>
            <numerusform>Answers: %1, on %2 of %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You recalled %1 of %n review(s); FSRS predicted %2, and you asked for %3.</source>
        <translation>
            <numerusform>You recalled %1 of %n review; FSRS predicted %2, and you asked for %3.</numerusform>
            <numerusform>You recalled %1 of %n reviews; FSRS predicted %2, and you asked for %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to go. If you keep to the plan, you can expect to recall %1 of your cards on the day.</source>
        <translation>
            <numerusform>%n day to go. If you keep to the plan, you can expect to recall %1 of your cards on the day.</numerusform>
            <numerusform>%n days to go. If you keep to the plan, you can expect to recall %1 of your cards on the day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That takes about %n card(s) a day (%1 on the busiest day).</source>
        <translation>
            <numerusform>That takes about %n card a day (%1 on the busiest day).</numerusform>
            <numerusform>That takes about %n cards a day (%1 on the busiest day).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New cards: %n a day, all of them introduced by %1.</source>
        <translation>
            <numerusform>New cards: %n a day, all of them introduced by %1.</numerusform>
            <numerusform>New cards: %n a day, all of them introduced by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At your %1 new cards a day, %n card(s) will still be new on exam day.</source>
        <translation>
            <numerusform>At your %1 new cards a day, %n card will still be new on exam day.</numerusform>
            <numerusform>At your %1 new cards a day, %n cards will still be new on exam day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Introducing every card a few reviews ahead of the exam takes %n a day.</source>
        <translation>
            <numerusform>Introducing every card a few reviews ahead of the exam takes %n a day.</numerusform>
            <numerusform>Introducing every card a few reviews ahead of the exam takes %n a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At your %1 new cards a day, the last new cards come in only %n day(s) before the exam, too late for more than a review or two.</source>
        <translation>
            <numerusform>At your %1 new cards a day, the last new cards come in only %n day before the exam, too late for more than a review or two.</numerusform>
            <numerusform>At your %1 new cards a day, the last new cards come in only %n days before the exam, too late for more than a review or two.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The busiest days take about %1 cards, more than your limit of %n review(s) a day. Cards over the limit wait for the next day, and less is learned in time.</source>
        <translation>
            <numerusform>The busiest days take about %1 cards, more than your limit of %n review a day. Cards over the limit wait for the next day, and less is learned in time.</numerusform>
            <numerusform>The busiest days take about %1 cards, more than your limit of %n reviews a day. Cards over the limit wait for the next day, and less is learned in time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Performance-based: %n drill(s), %1 of the points on the last day you did them.</source>
        <translation>
            <numerusform>Performance-based: %n drill, %1 of the points on the last day you did it.</numerusform>
            <numerusform>Performance-based: %n drills, %1 of the points on the last day you did them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message numerus="yes">
        <source>Every answer you gave was right; %n question(s) were not asked.</source>
        <translation>
            <numerusform>Every answer you gave was right; %n question was not asked.</numerusform>
            <numerusform>Every answer you gave was right; %n questions were not asked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizSession</name>
    <message numerus="yes">
        <source>An exam needs at least %1 questions about different entries, and this choice has %n.</source>
        <translation>
            <numerusform>An exam needs at least %1 questions about different entries, and this choice has %n.</numerusform>
            <numerusform>An exam needs at least %1 questions about different entries, and this choice has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message numerus="yes">
        <source>0 of %Ln registered service(s)</source>
        <translation>
            <numerusform>0 of %Ln registered service</numerusform>
            <numerusform>0 of %Ln registered services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registered service(s), from %1</source>
        <translation>
            <numerusform>%Ln registered service, from %1</numerusform>
            <numerusform>%Ln registered services, from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln registered service(s), from %2</source>
        <translation>
            <numerusform>%1 of %Ln registered service, from %2</numerusform>
            <numerusform>%1 of %Ln registered services, from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyOptionsDialog</name>
    <message numerus="yes">
        <source>%n day(s) to go.</source>
        <translation>
            <numerusform>%n day to go.</numerusform>
            <numerusform>%n days to go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) left: introducing all of them by %1 takes %2 a day.</source>
        <translation>
            <numerusform>%n new card left: introducing it by %1 takes %2 a day.</numerusform>
            <numerusform>%n new cards left: introducing all of them by %1 takes %2 a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At your limit of %1 a day, %n card(s) will still be new on exam day.</source>
        <translation>
            <numerusform>At your limit of %1 a day, %n card will still be new on exam day.</numerusform>
            <numerusform>At your limit of %1 a day, %n cards will still be new on exam day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At your limit of %n a day, the last of them come in later than that.</source>
        <translation>
            <numerusform>At your limit of %n a day, the last of them come in later than that.</numerusform>
            <numerusform>At your limit of %n a day, the last of them come in later than that.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message numerus="yes">
        <source>You have forgotten “%1” %n time(s): it is tagged “leech” and suspended, so it stops taking your time. Ctrl+Z brings it back.</source>
        <translation>
            <numerusform>You have forgotten “%1” once: it is tagged “leech” and suspended, so it stops taking your time. Ctrl+Z brings it back.</numerusform>
            <numerusform>You have forgotten “%1” %n times: it is tagged “leech” and suspended, so it stops taking your time. Ctrl+Z brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have forgotten “%1” %n time(s): it is tagged “leech”. Its page in the Notes may help it stick.</source>
        <translation>
            <numerusform>You have forgotten “%1” once: it is tagged “leech”. Its page in the Notes may help it stick.</numerusform>
            <numerusform>You have forgotten “%1” %n times: it is tagged “leech”. Its page in the Notes may help it stick.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) that would next have come up after the exam will come up before it.</source>
        <translation>
            <numerusform>%n card that would next have come up after the exam will come up before it.</numerusform>
            <numerusform>%n cards that would next have come up after the exam will come up before it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message numerus="yes">
        <source>Synced: %n answer(s) from your other computers.</source>
        <translation>
            <numerusform>Synced: %n answer from your other computers.</numerusform>
            <numerusform>Synced: %n answers from your other computers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadDialog</name>
    <message numerus="yes">
        <source>Averages over the next 365 days, new cards included (%n a day).</source>
        <translation>
            <numerusform>Averages over the next 365 days, new cards included (%n a day).</numerusform>
            <numerusform>Averages over the next 365 days, new cards included (%n a day).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n card(s) a day, and %1 of your cards remembered a year from now.</source>
        <translation>
            <numerusform>About %n card a day, and %1 of your cards remembered a year from now.</numerusform>
            <numerusform>About %n cards a day, and %1 of your cards remembered a year from now.</numerusform>
        </translation>
    </message>
</context>
</TS>
