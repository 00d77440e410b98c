<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActionsBoard</name>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Double-click an action to open the session that planned it.</source>
        <translation>Doppelklicken Sie auf eine Maßnahme, um das Gespräch zu öffnen, in dem sie geplant wurde.</translation>
    </message>
</context>
<context>
    <name>CompareChooserDialog</name>
    <message>
        <source>Compare sessions</source>
        <translation>Gespräche vergleichen</translation>
    </message>
    <message>
        <source>Tick 2 to 4 sessions to put side by side: one salesperson over time, or several salespeople.</source>
        <translation>Markieren Sie 2 bis 4 Gespräche, die nebeneinander gestellt werden sollen: eine/n Verkäufer/in im Zeitverlauf oder mehrere Verkäufer/innen.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gespräche</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare sessions</source>
        <translation>Gespräche vergleichen</translation>
    </message>
    <message>
        <source>&amp;Hide unchanged rows</source>
        <translation>Unveränderte Zeilen &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export the comparison as PDF or Markdown, or print it</source>
        <translation>Den Vergleich als PDF oder Markdown exportieren oder drucken</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>One row per</source>
        <translation>Eine Zeile pro</translation>
    </message>
    <message>
        <source>&amp;Result: target, actual and the previous period</source>
        <translation>&amp;Ergebnis: Ziel, Ist und Vorperiode</translation>
    </message>
    <message>
        <source>&amp;Action of the 80/20 plans</source>
        <translation>&amp;Maßnahme der 80/20-Pläne</translation>
    </message>
    <message>
        <source>Self-&amp;audit score</source>
        <translation>Bewertung der &amp;Selbsteinschätzung</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Reins user guide</source>
        <translation>Reins-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Back to the start of the guide</source>
        <translation>Zurück zum Anfang des Handbuchs</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Welcome to Reins</source>
        <translation>Willkommen bei Reins</translation>
    </message>
    <message>
        <source>&lt;p&gt;In Reins the one-on-one belongs to the &lt;b&gt;salesperson&lt;/b&gt;. Before the meeting they prepare it: their own results, a self-audit of their skills, the gaps and factors behind the numbers, and a short plan for the vital few actions. In the meeting they lead; the manager acknowledges, asks why, helps plan and offers support.&lt;/p&gt;&lt;p&gt;Everything stays in one file on this computer. Start with the sample team to look around, or add your own first salesperson.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In Reins gehört das Einzelgespräch dem/der &lt;b&gt;Verkäufer/in&lt;/b&gt;. Vor dem Gespräch bereitet er/sie es vor: die eigenen Ergebnisse, eine Selbsteinschätzung der eigenen Fähigkeiten, die Lücken und Faktoren hinter den Zahlen und einen kurzen Plan für die wenigen entscheidenden Maßnahmen. Im Gespräch führt er/sie; die Führungskraft erkennt an, fragt nach dem Warum, hilft beim Planen und bietet Unterstützung an.&lt;/p&gt;&lt;p&gt;Alles bleibt in einer Datei auf diesem Computer. Beginnen Sie mit dem Beispielteam, um sich umzusehen, oder legen Sie Ihre/n erste/n Verkäufer/in an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load the sample team</source>
        <translation>Beispielteam laden</translation>
    </message>
    <message>
        <source>Add your first salesperson</source>
        <translation>Erste/n Verkäufer/in anlegen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neues Gespräch …</translation>
    </message>
    <message>
        <source>Create a session for the selected salesperson</source>
        <translation>Ein Gespräch für die ausgewählte Person anlegen</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>Gespräch ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected session in its own window</source>
        <translation>Das ausgewählte Gespräch in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation>Gespräch &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete the selected session with its preparation and meeting record</source>
        <translation>Das ausgewählte Gespräch mit Vorbereitung und Gesprächsprotokoll löschen</translation>
    </message>
    <message>
        <source>Load &amp;sample team…</source>
        <translation>Beispiel&amp;team laden …</translation>
    </message>
    <message>
        <source>Fill an empty database with a believable sample team to try Reins</source>
        <translation>Eine leere Datenbank mit einem realistischen Beispielteam füllen, um Reins auszuprobieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Reins</source>
        <translation>Reins beenden</translation>
    </message>
    <message>
        <source>Add &amp;salesperson…</source>
        <translation>&amp;Verkäufer/in hinzufügen …</translation>
    </message>
    <message>
        <source>Add a salesperson to the team</source>
        <translation>Eine/n Verkäufer/in zum Team hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;manager…</source>
        <translation>&amp;Führungskraft hinzufügen …</translation>
    </message>
    <message>
        <source>Add a manager to the team</source>
        <translation>Eine Führungskraft zum Team hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>Person &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected person&apos;s name, email, role or manager</source>
        <translation>Name, E-Mail, Rolle oder Führungskraft der ausgewählten Person ändern</translation>
    </message>
    <message>
        <source>&amp;Remove person…</source>
        <translation>Person &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected person from the team</source>
        <translation>Die ausgewählte Person aus dem Team entfernen</translation>
    </message>
    <message>
        <source>&amp;About Reins</source>
        <translation>&amp;Über Reins</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>This machine&apos;s role, cadence, currency, questions and backups, and the skill catalogue</source>
        <translation>Rolle, Rhythmus, Währung, Fragen und Sicherungen dieses Rechners sowie der Fähigkeitenkatalog</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gespräche</translation>
    </message>
</context>
<context>
    <name>MeetingAcknowledgePage</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>MeetingNotesPanel</name>
    <message>
        <source>&lt;b&gt;Questions to ask&lt;/b&gt; · double-click to note the answer</source>
        <translation>&lt;b&gt;Fragen, die Sie stellen können&lt;/b&gt; · Doppelklick, um die Antwort zu notieren</translation>
    </message>
    <message>
        <source>Edit the question bank: the questions offered in each stage</source>
        <translation>Den Fragenkatalog bearbeiten: die Fragen, die in jeder Phase angeboten werden</translation>
    </message>
    <message>
        <source>Edit questions…</source>
        <translation>Fragen bearbeiten …</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen, die Sie stellen können</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add a note shared with the salesperson, answering the selected question</source>
        <translation>Eine mit dem/der Verkäufer/in geteilte Notiz zur ausgewählten Frage hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add a note only you will see</source>
        <translation>Eine Notiz hinzufügen, die nur Sie sehen</translation>
    </message>
    <message>
        <source>Add pr&amp;ivate note</source>
        <translation>Pr&amp;ivate Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected note</source>
        <translation>Die ausgewählte Notiz entfernen</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;tiz:</translation>
    </message>
    <message>
        <source>A private note stays in your view: it is never in anything meant for the salesperson</source>
        <translation>Eine private Notiz bleibt in Ihrer Ansicht: Sie erscheint nie in etwas, das für den/die Verkäufer/in bestimmt ist</translation>
    </message>
    <message>
        <source>Pri&amp;vate: only in my view</source>
        <translation>Pri&amp;vat: nur in meiner Ansicht</translation>
    </message>
</context>
<context>
    <name>MeetingPlanPage</name>
    <message>
        <source>Within influence</source>
        <translation>Im eigenen Einfluss</translation>
    </message>
    <message>
        <source>⇄</source>
        <translation>⇄</translation>
    </message>
    <message>
        <source>Move the selected item to the other list (or double-click it)</source>
        <translation>Den ausgewählten Eintrag in die andere Liste verschieben (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Move to the other list</source>
        <translation>In die andere Liste verschieben</translation>
    </message>
    <message>
        <source>Outside influence</source>
        <translation>Außerhalb des Einflusses</translation>
    </message>
</context>
<context>
    <name>MeetingSupportPage</name>
    <message>
        <source>Their vital few</source>
        <translation>Die entscheidenden Maßnahmen</translation>
    </message>
</context>
<context>
    <name>MeetingTimerBar</name>
    <message>
        <source>Start the meeting and its timer, or pause it</source>
        <translation>Das Gespräch und seine Zeitmessung starten oder pausieren</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>Gespräch &amp;beginnen</translation>
    </message>
</context>
<context>
    <name>MeetingWrapUpPage</name>
    <message>
        <source>The salesperson&apos;s rating</source>
        <translation>Bewertung durch den/die Verkäufer/in</translation>
    </message>
    <message>
        <source>How useful was this session for you? (optional)</source>
        <translation>Wie hilfreich war dieses Gespräch für Sie? (optional)</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <source>No &amp;rating</source>
        <translation>&amp;Keine Bewertung</translation>
    </message>
    <message>
        <source>Coaching balance</source>
        <translation>Coaching-Balance</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Anerkennen</translation>
    </message>
    <message>
        <source>Explore why</source>
        <translation>Ursachen erkunden</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gesamt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Was vereinbart wurde</translation>
    </message>
    <message>
        <source>End of the meeting</source>
        <translation>Ende des Gesprächs</translation>
    </message>
    <message>
        <source>&amp;Close the session</source>
        <translation>Gespräch &amp;abschließen</translation>
    </message>
    <message>
        <source>Session s&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>Salesperson:</source>
        <translation>Verkäufer/in:</translation>
    </message>
    <message>
        <source>&amp;Meeting date:</source>
        <translation>Gesprächs&amp;termin:</translation>
    </message>
    <message>
        <source>&amp;Cadence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>&amp;Period reviewed:</source>
        <translation>&amp;Betrachteter Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>M&amp;anager:</source>
        <translation>&amp;Führungskraft:</translation>
    </message>
    <message>
        <source>End of the period reviewed</source>
        <translation>Ende des betrachteten Zeitraums</translation>
    </message>
</context>
<context>
    <name>ParetoPanel</name>
    <message>
        <source>Import sales data to see which accounts make most of your results.</source>
        <translation>Importieren Sie Verkaufsdaten, um zu sehen, welche Kunden den Großteil Ihrer Ergebnisse ausmachen.</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkten</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Pareto chart</source>
        <translation>Pareto-Diagramm</translation>
    </message>
    <message>
        <source>Pareto ranking</source>
        <translation>Pareto-Rangfolge</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Die ausgewählte Zeile entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move the selected row up (Ctrl+Up)</source>
        <translation>Die ausgewählte Zeile nach oben verschieben (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected row down (Ctrl+Down)</source>
        <translation>Die ausgewählte Zeile nach unten verschieben (Strg+Runter)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Optional, e.g. dana@example.com</source>
        <translation>Optional, z. B. dana@example.com</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Führungskraft:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>This &amp;machine is used by:</source>
        <translation>Dieser &amp;Rechner wird genutzt von:</translation>
    </message>
    <message>
        <source>Usual &amp;cadence:</source>
        <translation>Üblicher &amp;Rhythmus:</translation>
    </message>
    <message>
        <source>A salesperson&apos;s first session proposes this cadence; later sessions keep the cadence of the one before.</source>
        <translation>Das erste Gespräch mit einer Person schlägt diesen Rhythmus vor; spätere Gespräche übernehmen den Rhythmus des vorigen.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Currency code</source>
        <translation>Währungscode</translation>
    </message>
    <message>
        <source>New revenue results and imported sales data start in this currency. Amounts already stored keep theirs.</source>
        <translation>Neue Umsatzergebnisse und importierte Verkaufsdaten beginnen in dieser Währung. Bereits gespeicherte Beträge behalten ihre.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>The questions the meeting offers the manager in each stage. They belong to this machine: reword them, add your own, or put the defaults back.</source>
        <translation>Die Fragen, die das Gespräch der Führungskraft in jeder Phase anbietet. Sie gehören zu diesem Rechner: Formulieren Sie sie um, fügen Sie eigene hinzu oder stellen Sie die Standardfragen wieder her.</translation>
    </message>
    <message>
        <source>Questions by stage</source>
        <translation>Fragen nach Phase</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>&amp;Edit questions…</source>
        <translation>Fragen &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Add, reword, remove or reorder the questions of each stage</source>
        <translation>Die Fragen jeder Phase hinzufügen, umformulieren, entfernen oder umsortieren</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>The skills salespeople score themselves on in the self-audit, shared by everyone in this database. Each score from 1 to 5 has a description, so a score means the same to everyone. Changes are saved with OK or Apply.</source>
        <translation>Die Fähigkeiten, in denen sich Verkäufer/innen in der Selbsteinschätzung bewerten, gemeinsam für alle in dieser Datenbank. Jede Bewertung von 1 bis 5 hat eine Beschreibung, damit eine Bewertung für alle dasselbe bedeutet. Änderungen werden mit OK oder Übernehmen gespeichert.</translation>
    </message>
    <message>
        <source>Skills by group</source>
        <translation>Fähigkeiten nach Gruppe</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>&amp;Show retired skills</source>
        <translation>Nicht mehr geführte Fähigkeiten &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Add skill</source>
        <translation>Fähigkeit &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Offer the retired skill in the self-audit again</source>
        <translation>Die nicht mehr geführte Fähigkeit wieder in der Selbsteinschätzung anbieten</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The name salespeople see in the self-audit</source>
        <translation>Der Name, den Verkäufer/innen in der Selbsteinschätzung sehen</translation>
    </message>
    <message>
        <source>Skill name</source>
        <translation>Name der Fähigkeit</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What the skill is about, in a sentence</source>
        <translation>Worum es bei der Fähigkeit geht, in einem Satz</translation>
    </message>
    <message>
        <source>Skill description</source>
        <translation>Beschreibung der Fähigkeit</translation>
    </message>
    <message>
        <source>Level &amp;1:</source>
        <translation>Stufe &amp;1:</translation>
    </message>
    <message>
        <source>Level 1 description</source>
        <translation>Beschreibung der Stufe 1</translation>
    </message>
    <message>
        <source>Level &amp;2:</source>
        <translation>Stufe &amp;2:</translation>
    </message>
    <message>
        <source>Level 2 description</source>
        <translation>Beschreibung der Stufe 2</translation>
    </message>
    <message>
        <source>Level &amp;3:</source>
        <translation>Stufe &amp;3:</translation>
    </message>
    <message>
        <source>Level 3 description</source>
        <translation>Beschreibung der Stufe 3</translation>
    </message>
    <message>
        <source>Level &amp;4:</source>
        <translation>Stufe &amp;4:</translation>
    </message>
    <message>
        <source>Level 4 description</source>
        <translation>Beschreibung der Stufe 4</translation>
    </message>
    <message>
        <source>Level &amp;5:</source>
        <translation>Stufe &amp;5:</translation>
    </message>
    <message>
        <source>Level 5 description</source>
        <translation>Beschreibung der Stufe 5</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>Choose the folder backups go to</source>
        <translation>Den Ordner für die Sicherungen wählen</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups of the last:</source>
        <translation>&amp;Tägliche Sicherungen aufbewahren für die letzten:</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Aufzubewahrende tägliche Sicherungen</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups of the last:</source>
        <translation>&amp;Wöchentliche Sicherungen aufbewahren für die letzten:</translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation>Aufzubewahrende wöchentliche Sicherungen</translation>
    </message>
    <message>
        <source>Keep m&amp;onthly backups of the last:</source>
        <translation>&amp;Monatliche Sicherungen aufbewahren für die letzten:</translation>
    </message>
    <message>
        <source>Monthly backups to keep</source>
        <translation>Aufzubewahrende monatliche Sicherungen</translation>
    </message>
    <message>
        <source>Reins backs up the database once a day when it starts. Of the backups in the folder it keeps the newest of each of these days, weeks and months, and removes the rest.</source>
        <translation>Reins sichert die Datenbank einmal täglich beim Start. Von den Sicherungen im Ordner behält es jeweils die neueste dieser Tage, Wochen und Monate und entfernt den Rest.</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Back up the database into the folder above now, then remove the backups the numbers above no longer keep</source>
        <translation>Die Datenbank jetzt in den Ordner oben sichern und dann die Sicherungen entfernen, die nach den Zahlen oben nicht mehr aufbewahrt werden</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
</context>
<context>
    <name>PrepFactorsPage</name>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>What made a difference this period, for better or worse? Say whether it came from inside the company or outside, and mark what was within my influence: that is where the plan will focus.</source>
        <translation>Was hat in diesem Zeitraum einen Unterschied gemacht, zum Guten oder zum Schlechten? Ich halte fest, ob es aus dem Unternehmen oder von außen kam, und markiere, was in meinem Einfluss lag: Darauf konzentriert sich der Plan.</translation>
    </message>
</context>
<context>
    <name>PrepGapsPage</name>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>What is missing between where I am and where I want to be? Name each gap plainly, link it to a skill where one fits, and say how much it matters.</source>
        <translation>Was fehlt zwischen dem, wo ich stehe, und dem, wo ich hin will? Ich benenne jede Lücke klar, verknüpfe sie mit einer passenden Fähigkeit und sage, wie wichtig sie ist.</translation>
    </message>
    <message>
        <source>Suggestions from my self-audit</source>
        <translation>Vorschläge aus meiner Selbsteinschätzung</translation>
    </message>
    <message>
        <source>My lowest scores and the skills that dropped most since last session. Each may be a gap worth naming.</source>
        <translation>Meine niedrigsten Bewertungen und die Fähigkeiten, die seit dem letzten Gespräch am stärksten gesunken sind. Jede davon kann eine Lücke sein, die es wert ist, benannt zu werden.</translation>
    </message>
    <message>
        <source>Suggested gaps</source>
        <translation>Vorgeschlagene Lücken</translation>
    </message>
    <message>
        <source>Add the selected skill as a gap, linked to the skill (Enter in the list)</source>
        <translation>Die ausgewählte Fähigkeit als Lücke hinzufügen, mit der Fähigkeit verknüpft (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <source>Add as &amp;gap</source>
        <translation>Als &amp;Lücke hinzufügen</translation>
    </message>
</context>
<context>
    <name>PrepImportDialog</name>
    <message>
        <source>Import preparation</source>
        <translation>Vorbereitung importieren</translation>
    </message>
    <message>
        <source>This session already holds preparation that differs from the package. For each part, choose which version to keep; lines in bold are the ones the other side does not have. Nothing is written until you import.</source>
        <translation>Dieses Gespräch enthält bereits eine Vorbereitung, die vom Paket abweicht. Wählen Sie für jeden Teil, welche Fassung bleiben soll; fett gedruckte Zeilen fehlen auf der jeweils anderen Seite. Es wird erst beim Importieren etwas geschrieben.</translation>
    </message>
    <message>
        <source>Parts of the preparation</source>
        <translation>Teile der Vorbereitung</translation>
    </message>
</context>
<context>
    <name>PrepLastTimePage</name>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>Start where the last session ended: what became of the plan? Mark each action done, dropped or carried forward, and say briefly what happened.</source>
        <translation>Ich beginne dort, wo das letzte Gespräch endete: Was ist aus dem Plan geworden? Ich markiere jede Maßnahme als erledigt, verworfen oder übernommen und sage kurz, was passiert ist.</translation>
    </message>
    <message>
        <source>Focus last period</source>
        <translation>Fokus im letzten Zeitraum</translation>
    </message>
    <message>
        <source>Actions to review</source>
        <translation>Zu prüfende Maßnahmen</translation>
    </message>
    <message>
        <source>History of the selected action</source>
        <translation>Verlauf der ausgewählten Maßnahme</translation>
    </message>
    <message>
        <source>Strategies kept and started last time</source>
        <translation>Letztes Mal beibehaltene und begonnene Strategien</translation>
    </message>
    <message>
        <source>Review them in the Strategies step: keep what works, drop what does not.</source>
        <translation>Prüfen Sie sie im Schritt Strategien: Behalten Sie, was funktioniert, und geben Sie auf, was nicht funktioniert.</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>This is the first session: there is no earlier plan to look back on. Start with your results.</source>
        <translation>Dies ist das erste Gespräch: Es gibt keinen früheren Plan, auf den man zurückblicken kann. Beginnen Sie mit Ihren Ergebnissen.</translation>
    </message>
</context>
<context>
    <name>PrepPlanPage</name>
    <message>
        <source>Focus and 80/20 plan</source>
        <translation>Fokus und 80/20-Plan</translation>
    </message>
    <message>
        <source>What will I focus on, and which few actions will make most of the difference? Most results come from a few causes: the plan stays short, and only the vital few get my best hours.</source>
        <translation>Worauf konzentriere ich mich, und welche wenigen Maßnahmen machen den größten Unterschied? Die meisten Ergebnisse haben wenige Ursachen: Der Plan bleibt kurz, und nur die entscheidenden Maßnahmen bekommen meine besten Stunden.</translation>
    </message>
    <message>
        <source>&amp;Focus for the period ahead</source>
        <translation>&amp;Fokus für den kommenden Zeitraum</translation>
    </message>
    <message>
        <source>One or two sentences: what matters most in the period ahead</source>
        <translation>Ein oder zwei Sätze: Was im kommenden Zeitraum am wichtigsten ist</translation>
    </message>
    <message>
        <source>The plan: actions, their owner and expected impact; mark the vital few</source>
        <translation>Der Plan: Maßnahmen, Verantwortliche und erwartete Wirkung; markieren Sie die entscheidenden</translation>
    </message>
    <message>
        <source>Vital few check</source>
        <translation>Prüfung der entscheidenden Maßnahmen</translation>
    </message>
    <message>
        <source>Where my sales came from</source>
        <translation>Woher meine Umsätze kamen</translation>
    </message>
    <message>
        <source>Pareto view of the sales records</source>
        <translation>Pareto-Ansicht der Verkaufsdaten</translation>
    </message>
</context>
<context>
    <name>PrepReadyPage</name>
    <message>
        <source>Ready for the meeting</source>
        <translation>Bereit für das Gespräch</translation>
    </message>
    <message>
        <source>A last look before the meeting: what is still empty? Nothing here stops me from marking the preparation ready, but every part I fill in gives the meeting more to work with.</source>
        <translation>Ein letzter Blick vor dem Gespräch: Was ist noch leer? Nichts hier hindert mich daran, die Vorbereitung als bereit zu markieren, aber jeder ausgefüllte Teil gibt dem Gespräch mehr Substanz.</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Stage of the session</source>
        <translation>Stand des Gesprächs</translation>
    </message>
    <message>
        <source>What is still empty</source>
        <translation>Was noch leer ist</translation>
    </message>
    <message>
        <source>Click a line, or press Enter on it, to go to its step</source>
        <translation>Klicken Sie auf eine Zeile oder drücken Sie darauf die Eingabetaste, um zu ihrem Schritt zu gelangen</translation>
    </message>
    <message>
        <source>&amp;Mark the preparation ready</source>
        <translation>Vorbereitung als &amp;bereit markieren</translation>
    </message>
</context>
<context>
    <name>PrepResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>My numbers for the period: what I achieved against my target and against last period. A comment gives the context behind a number before my manager asks.</source>
        <translation>Meine Zahlen für den Zeitraum: was ich im Vergleich zu meinem Ziel und zur Vorperiode erreicht habe. Ein Kommentar liefert den Hintergrund zu einer Zahl, bevor meine Führungskraft fragt.</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Woher die Zahlen kommen</translation>
    </message>
    <message>
        <source>Start from the previous session&apos;s metrics and targets; its actuals become this period&apos;s previous values</source>
        <translation>Mit den Kennzahlen und Zielen des vorigen Gesprächs beginnen; dessen Ist-Werte werden zu den Vorperiodenwerten dieses Zeitraums</translation>
    </message>
    <message>
        <source>Fill from &amp;previous session</source>
        <translation>Aus &amp;vorigem Gespräch übernehmen</translation>
    </message>
    <message>
        <source>Import a CSV export of your sales from a CRM or spreadsheet</source>
        <translation>Einen CSV-Export Ihrer Verkäufe aus einem CRM oder einer Tabellenkalkulation importieren</translation>
    </message>
    <message>
        <source>&amp;Import sales data…</source>
        <translation>Verkaufsdaten &amp;importieren …</translation>
    </message>
    <message>
        <source>Fill the actuals that are still empty from the sales records of this period</source>
        <translation>Die noch leeren Ist-Werte aus den Verkaufsdaten dieses Zeitraums füllen</translation>
    </message>
    <message>
        <source>Fill from &amp;sales data</source>
        <translation>Aus &amp;Verkaufsdaten füllen</translation>
    </message>
    <message>
        <source>Result of the last fill</source>
        <translation>Ergebnis des letzten Füllens</translation>
    </message>
    <message>
        <source>What my manager will read</source>
        <translation>Was meine Führungskraft lesen wird</translation>
    </message>
</context>
<context>
    <name>PrepSelfAuditPage</name>
    <message>
        <source>Self-audit</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>I rate myself on each skill from 1 to 5 against the description of each level, and give the evidence: a deal, a call, a number. Honest scores show where coaching will help most. Keys 1 to 5 score the selected skill.</source>
        <translation>Ich bewerte mich in jeder Fähigkeit von 1 bis 5 anhand der Beschreibung jeder Stufe und nenne Belege: einen Abschluss, ein Telefonat, eine Zahl. Ehrliche Bewertungen zeigen, wo Coaching am meisten hilft. Die Tasten 1 bis 5 bewerten die ausgewählte Fähigkeit.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>My score</source>
        <translation>Meine Bewertung</translation>
    </message>
    <message>
        <source>&amp;1</source>
        <translation>&amp;1</translation>
    </message>
    <message>
        <source>&amp;2</source>
        <translation>&amp;2</translation>
    </message>
    <message>
        <source>&amp;3</source>
        <translation>&amp;3</translation>
    </message>
    <message>
        <source>&amp;4</source>
        <translation>&amp;4</translation>
    </message>
    <message>
        <source>&amp;5</source>
        <translation>&amp;5</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Belege</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Take back the score and evidence of this skill</source>
        <translation>Bewertung und Belege dieser Fähigkeit zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Clear score</source>
        <translation>Bewertung &amp;löschen</translation>
    </message>
    <message>
        <source>Selected skill</source>
        <translation>Ausgewählte Fähigkeit</translation>
    </message>
</context>
<context>
    <name>PrepStrategiesPage</name>
    <message>
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>Which ways of working do I keep, which do I drop, and what do I start? A reason for each makes the choice stick. What I keep or start comes back for review next time.</source>
        <translation>Welche Arbeitsweisen behalte ich bei, welche gebe ich auf, und was fange ich neu an? Eine Begründung für jede macht die Entscheidung verbindlich. Was ich beibehalte oder neu beginne, wird beim nächsten Mal wieder geprüft.</translation>
    </message>
    <message>
        <source>Add the strategies kept and started last time, to decide again whether to keep them</source>
        <translation>Die letztes Mal beibehaltenen und begonnenen Strategien hinzufügen, um erneut zu entscheiden, ob sie bleiben</translation>
    </message>
    <message>
        <source>Review &amp;last time&apos;s strategies</source>
        <translation>Strategien vom &amp;letzten Mal prüfen</translation>
    </message>
</context>
<context>
    <name>PrepUpskillingPage</name>
    <message>
        <source>Upskilling</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>What did I do to get better this period? A book, a webinar, research on a competitor, a technique I tried with a customer. What I learned, or what happened when I tried it, is what my manager wants to hear.</source>
        <translation>Was habe ich in diesem Zeitraum getan, um besser zu werden? Ein Buch, ein Webinar, Recherche zu einem Wettbewerber, eine Technik, die ich bei einem Kunden ausprobiert habe. Was ich gelernt habe oder was beim Ausprobieren passiert ist, will meine Führungskraft hören.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>private note</source>
        <translation>private Notiz</translation>
    </message>
    <message>
        <source>Meeting note (%1)</source>
        <translation>Gesprächsnotiz (%1)</translation>
    </message>
    <message>
        <source>Meeting note</source>
        <translation>Gesprächsnotiz</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Result comment</source>
        <translation>Kommentar zum Ergebnis</translation>
    </message>
    <message>
        <source>Self-audit evidence</source>
        <translation>Belege der Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Upskilling</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Action review</source>
        <translation>Rückblick auf Maßnahme</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprächsführung</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
</context>
<context>
    <name>QtConvert</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>kein Zeitraum</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkäufer/in</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Fortnightly</source>
        <translation>Vierzehntäglich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>In meeting</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stückzahl</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>The sales conversation</source>
        <translation>Das Verkaufsgespräch</translation>
    </message>
    <message>
        <source>Pipeline and self-management</source>
        <translation>Pipeline und Selbstorganisation</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Geholfen</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Geschadet</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lektüre</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Competitor research</source>
        <translation>Wettbewerbsrecherche</translation>
    </message>
    <message>
        <source>Technique tried</source>
        <translation>Technik ausprobiert</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Aufgeben</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Anerkennen</translation>
    </message>
    <message>
        <source>Explore why</source>
        <translation>Ursachen erkunden</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützen</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>How dates are shown, as a QDate::toString pattern; month names follow the locale.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>The start of a period within one year, as a QDate::toString pattern.</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; German puts a space before the sign.</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>QuestionBankDialog</name>
    <message>
        <source>Question bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>The questions offered in each stage of the meeting. They are yours: reword them, add your own, or put the defaults back.</source>
        <translation>Die Fragen, die in jeder Phase des Gesprächs angeboten werden. Es sind Ihre Fragen: Formulieren Sie sie um, fügen Sie eigene hinzu oder stellen Sie die Standardfragen wieder her.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Anerkennen</translation>
    </message>
    <message>
        <source>Acknowledge questions</source>
        <translation>Fragen zum Anerkennen</translation>
    </message>
    <message>
        <source>Explore why</source>
        <translation>Ursachen erkunden</translation>
    </message>
    <message>
        <source>Explore why questions</source>
        <translation>Fragen zum Erkunden der Ursachen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Plan questions</source>
        <translation>Fragen zum Planen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützen</translation>
    </message>
    <message>
        <source>Support questions</source>
        <translation>Fragen zum Unterstützen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Meeting stages</source>
        <translation>Gesprächsphasen</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Hide these reminders until tomorrow</source>
        <translation>Diese Erinnerungen bis morgen ausblenden</translation>
    </message>
    <message>
        <source>Don&apos;t remind me &amp;today</source>
        <translation>&amp;Heute nicht mehr erinnern</translation>
    </message>
    <message>
        <source>Hide the reminders; they come back the next time Reins starts</source>
        <translation>Die Erinnerungen ausblenden; sie erscheinen beim nächsten Start von Reins wieder</translation>
    </message>
    <message>
        <source>Hide reminders</source>
        <translation>Erinnerungen ausblenden</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept aside beside it, never deleted, so nothing is lost.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Die Datenbank in ihrem jetzigen Zustand wird daneben aufbewahrt und nie gelöscht, sodass nichts verloren geht.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>SalesImportDialog</name>
    <message>
        <source>Import sales data</source>
        <translation>Verkaufsdaten importieren</translation>
    </message>
    <message>
        <source>Choose a CSV export of sales data. Each row becomes one sales record; rows that were imported before are skipped.</source>
        <translation>Wählen Sie einen CSV-Export mit Verkaufsdaten. Jede Zeile wird zu einem Verkaufsdatensatz; bereits früher importierte Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Path of a CSV file, e.g. an export from your CRM or your bank</source>
        <translation>Pfad einer CSV-Datei, z. B. ein Export aus Ihrem CRM oder von Ihrer Bank</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Decimal separator:</source>
        <translation>Dezimal&amp;zeichen:</translation>
    </message>
    <message>
        <source>Date f&amp;ormat:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Which column of the file holds each field. Date and amount are required.</source>
        <translation>Welche Spalte der Datei welches Feld enthält. Datum und Betrag sind erforderlich.</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>Acti&amp;vity:</source>
        <translation>Akti&amp;vität:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search sessions</source>
        <translation>Gespräche durchsuchen</translation>
    </message>
    <message>
        <source>Search everything written in sessions: comments, evidence, gaps, notes, actions…</source>
        <translation>Alles durchsuchen, was in Gesprächen geschrieben wurde: Kommentare, Belege, Lücken, Notizen, Maßnahmen …</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>SessionSteps</name>
    <message>
        <source>the manager</source>
        <translation>die Führungskraft</translation>
    </message>
    <message>
        <source>What became of the plan made last time: each action as this session reviewed it, and the strategies and focus carried into this period.</source>
        <translation>Was aus dem Plan vom letzten Mal geworden ist: jede Maßnahme so, wie dieses Gespräch sie geprüft hat, und die in diesen Zeitraum übernommenen Strategien und der Fokus.</translation>
    </message>
    <message>
        <source>The salesperson&apos;s own numbers for the period, against the previous period and the target.</source>
        <translation>Die eigenen Zahlen des/der Verkäufer/in für den Zeitraum, verglichen mit der Vorperiode und dem Ziel.</translation>
    </message>
    <message>
        <source>The salesperson rates their own skills from 1 to 5, with the evidence behind each score.</source>
        <translation>Der/die Verkäufer/in bewertet die eigenen Fähigkeiten von 1 bis 5, mit den Belegen hinter jeder Bewertung.</translation>
    </message>
    <message>
        <source>What is missing between where the salesperson is and where they want to be.</source>
        <translation>Was zwischen dem, wo der/die Verkäufer/in steht, und dem, wo er/sie hin will, fehlt.</translation>
    </message>
    <message>
        <source>What helped or hurt this period, inside or outside the company, and whether the salesperson can influence it.</source>
        <translation>Was in diesem Zeitraum geholfen oder geschadet hat, innerhalb oder außerhalb des Unternehmens, und ob der/die Verkäufer/in es beeinflussen kann.</translation>
    </message>
    <message>
        <source>What the salesperson did to learn: reading, webinars, research, techniques tried.</source>
        <translation>Was der/die Verkäufer/in getan hat, um zu lernen: Lektüre, Webinare, Recherche, ausprobierte Techniken.</translation>
    </message>
    <message>
        <source>Which ways of working to keep, which to drop and which to start.</source>
        <translation>Welche Arbeitsweisen beibehalten, welche aufgegeben und welche neu begonnen werden.</translation>
    </message>
    <message>
        <source>The focus for the period ahead and the 80/20 plan: the vital few actions that will make the biggest difference.</source>
        <translation>Der Fokus für den kommenden Zeitraum und der 80/20-Plan: die wenigen entscheidenden Maßnahmen, die den größten Unterschied machen.</translation>
    </message>
    <message>
        <source>What is still empty in the preparation, and whether the salesperson has marked it ready for the meeting.</source>
        <translation>Was in der Vorbereitung noch leer ist und ob der/die Verkäufer/in sie als bereit für das Gespräch markiert hat.</translation>
    </message>
    <message>
        <source>The manager acknowledges the salesperson&apos;s results and preparation.</source>
        <translation>Die Führungskraft erkennt die Ergebnisse und die Vorbereitung des/der Verkäufer/in an.</translation>
    </message>
    <message>
        <source>Open questions that help the salesperson find out why the results are what they are.</source>
        <translation>Offene Fragen, die dem/der Verkäufer/in helfen herauszufinden, warum die Ergebnisse so sind, wie sie sind.</translation>
    </message>
    <message>
        <source>The salesperson leads the plan; the manager helps to sharpen it.</source>
        <translation>Der/die Verkäufer/in führt die Planung; die Führungskraft hilft, sie zu schärfen.</translation>
    </message>
    <message>
        <source>What the manager offers to do to help the plan succeed.</source>
        <translation>Was die Führungskraft anbietet, damit der Plan gelingt.</translation>
    </message>
    <message>
        <source>The salesperson&apos;s rating of the session and the coaching balance: the model asks for at least 90% of the meeting time on solutions (plan and support).</source>
        <translation>Die Bewertung des Gesprächs durch den/die Verkäufer/in und die Coaching-Balance: Das Modell verlangt mindestens 90 % der Gesprächszeit für Lösungen (Planen und Unterstützen).</translation>
    </message>
    <message>
        <source>At the end of the meeting %1 rates the session, and %2 records the time spent in each stage.</source>
        <translation>Am Ende des Gesprächs bewertet %1 das Gespräch, und %2 hält die Zeit in jeder Phase fest.</translation>
    </message>
    <message>
        <source>The manager records this during the meeting.</source>
        <translation>Die Führungskraft hält dies während des Gesprächs fest.</translation>
    </message>
    <message>
        <source>%1 records this during the meeting.</source>
        <translation>%1 hält dies während des Gesprächs fest.</translation>
    </message>
    <message>
        <source>%1 reviews last time&apos;s actions while preparing this session.</source>
        <translation>%1 prüft bei der Vorbereitung dieses Gesprächs die Maßnahmen vom letzten Mal.</translation>
    </message>
    <message>
        <source>%1 fills this in while preparing the session.</source>
        <translation>%1 füllt dies bei der Vorbereitung des Gesprächs aus.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>vital few</source>
        <translation>entscheidend</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>%1 says:</source>
        <translation>%1 sagt:</translation>
    </message>
    <message>
        <source>Other skills</source>
        <translation>Weitere Fähigkeiten</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Unknown skill</source>
        <translation>Unbekannte Fähigkeit</translation>
    </message>
    <message>
        <source>no evidence given</source>
        <translation>keine Belege angegeben</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>What hurt</source>
        <translation>Was geschadet hat</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Within influence</source>
        <translation>Im eigenen Einfluss</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What was learned or happened</source>
        <translation>Was gelernt wurde oder passiert ist</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Aufgeben</translation>
    </message>
    <message>
        <source>Focus for the period ahead</source>
        <translation>Fokus für den kommenden Zeitraum</translation>
    </message>
    <message>
        <source>No focus written yet.</source>
        <translation>Noch kein Fokus formuliert.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>No actions in the plan yet.</source>
        <translation>Noch keine Maßnahmen im Plan.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Every part of the preparation is filled in.</source>
        <translation>Jeder Teil der Vorbereitung ist ausgefüllt.</translation>
    </message>
    <message>
        <source>Still empty</source>
        <translation>Noch leer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>This is the first session with %1: there is no earlier session to look back on.</source>
        <translation>Dies ist das erste Gespräch mit %1: Es gibt kein früheres Gespräch, auf das man zurückblicken kann.</translation>
    </message>
    <message>
        <source>Looking back on the session of %1, which reviewed %2.</source>
        <translation>Rückblick auf das Gespräch vom %1, das den Zeitraum %2 betrachtete.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No actions to review.</source>
        <translation>Keine Maßnahmen zu prüfen.</translation>
    </message>
    <message>
        <source>Reviewed here</source>
        <translation>Hier geprüft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>from an earlier session</source>
        <translation>aus einem früheren Gespräch</translation>
    </message>
    <message>
        <source>Strategies kept or started last time</source>
        <translation>Letztes Mal beibehaltene oder begonnene Strategien</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Focus last time</source>
        <translation>Fokus vom letzten Mal</translation>
    </message>
    <message>
        <source>No focus was written.</source>
        <translation>Es wurde kein Fokus formuliert.</translation>
    </message>
    <message>
        <source>Time in this stage:</source>
        <translation>Zeit in dieser Phase:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Only in the manager&apos;s view; never shared with the salesperson.</source>
        <translation>Nur in der Ansicht der Führungskraft; wird nie mit dem/der Verkäufer/in geteilt.</translation>
    </message>
    <message>
        <source>No notes for this stage.</source>
        <translation>Keine Notizen zu dieser Phase.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1 rated the session %2 out of 5.</source>
        <translation>%1 hat das Gespräch mit %2 von 5 bewertet.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
    <message>
        <source>Coaching balance</source>
        <translation>Coaching-Balance</translation>
    </message>
    <message>
        <source>No stage time recorded yet.</source>
        <translation>Noch keine Zeit in den Phasen erfasst.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Problem (acknowledge + explore)</source>
        <translation>Problem (Anerkennen + Erkunden)</translation>
    </message>
    <message>
        <source>Solution (plan + support)</source>
        <translation>Lösung (Planen + Unterstützen)</translation>
    </message>
    <message>
        <source>%1% on solutions.</source>
        <translation>%1 % für Lösungen.</translation>
    </message>
    <message>
        <source>The meeting met the model&apos;s 90%.</source>
        <translation>Das Gespräch hat die 90 % des Modells erreicht.</translation>
    </message>
    <message>
        <source>The model asks for at least 90%.</source>
        <translation>Das Modell verlangt mindestens 90 %.</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Self-audit</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>Upskilling</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>Focus and plan</source>
        <translation>Fokus und Plan</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Anerkennen</translation>
    </message>
    <message>
        <source>Explore why</source>
        <translation>Ursachen erkunden</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützen</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>This session is no longer stored.</source>
        <translation>Dieses Gespräch ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erstes</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Nothing is stored for this step yet.</source>
        <translation>Für diesen Schritt ist noch nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SessionSummaryView</name>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>For the &amp;salesperson</source>
        <translation>Für den/die &amp;Verkäufer/in</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s record, with private notes</source>
        <translation>&amp;Protokoll der Führungskraft, mit privaten Notizen</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Gesprächszusammenfassung</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Try to save the changes again now</source>
        <translation>Jetzt erneut versuchen, die Änderungen zu speichern</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step contents</source>
        <translation>Inhalt des Schritts</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key Reins answers to, read from its menus and windows as they are now.</source>
        <translation>Alle Tasten, auf die Reins reagiert, ausgelesen aus den Menüs und Fenstern in ihrem aktuellen Zustand.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SummaryOptionsDialog</name>
    <message>
        <source>Export summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Für wen ist sie?</translation>
    </message>
    <message>
        <source>For the &amp;salesperson</source>
        <translation>Für den/die &amp;Verkäufer/in</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s record (includes private notes)</source>
        <translation>&amp;Protokoll der Führungskraft (mit privaten Notizen)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;PDF, to read or send</source>
        <translation>&amp;PDF, zum Lesen oder Versenden</translation>
    </message>
    <message>
        <source>Mar&amp;kdown text, to edit or paste elsewhere</source>
        <translation>Mar&amp;kdown-Text, zum Bearbeiten oder Einfügen an anderer Stelle</translation>
    </message>
</context>
<context>
    <name>TrendsWindow</name>
    <message>
        <source>Trends</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Verkäufer/in:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
</context>
<context>
    <name>reins::gui</name>
    <message>
        <source>There is no good backup in “%1”. Nothing was moved.</source>
        <translation>In „%1“ gibt es keine intakte Sicherung. Es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>Reins</source>
        <translation>Reins</translation>
    </message>
    <message>
        <source>Reins could not open its database.</source>
        <translation>Reins konnte seine Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Datei: %2</translation>
    </message>
    <message>
        <source>

Nothing was written to the file.</source>
        <translation>

In die Datei wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>Andere Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Move it aside and restore the newest good backup</source>
        <translation>Beiseitelegen und neueste intakte Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>

The damaged file can be moved aside (it is kept, not deleted) and the newest backup that passes its check put in its place. Changes made since that backup are not in it.</source>
        <translation>

Die beschädigte Datei kann beiseitegelegt werden (sie wird aufbewahrt, nicht gelöscht), und die neueste Sicherung, die ihre Prüfung besteht, tritt an ihre Stelle. Änderungen seit dieser Sicherung sind darin nicht enthalten.</translation>
    </message>
    <message>
        <source>Restored the backup %1.

The damaged file is kept at %2.</source>
        <translation>Die Sicherung %1 wurde wiederhergestellt.

Die beschädigte Datei liegt unter %2.</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Reins databases (*.db)</source>
        <translation>Reins-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>I can see there is %1</source>
        <translation>Ich sehe: %1</translation>
    </message>
    <message>
        <source>I can see %1</source>
        <translation>Ich sehe: %1</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>How will you help?</source>
        <translation>Wie werden Sie helfen?</translation>
    </message>
    <message>
        <source>What I will do to help</source>
        <translation>Was ich tue, um zu helfen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, target %1</source>
        <translation>, Ziel %1</translation>
    </message>
    <message>
        <source>Focus: (none yet)</source>
        <translation>Fokus: (noch keiner)</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Fokus: %1</translation>
    </message>
    <message>
        <source>(a skill no longer listed)</source>
        <translation>(eine nicht mehr geführte Fähigkeit)</translation>
    </message>
    <message>
        <source>&lt;i&gt;(nothing yet)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(noch nichts)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;and %1 more&lt;/i&gt;</source>
        <translation>&lt;i&gt;und %1 weitere&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Self-audit</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>Upskilling</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>Focus and plan</source>
        <translation>Fokus und Plan</translation>
    </message>
    <message>
        <source>the next week</source>
        <translation>die nächste Woche</translation>
    </message>
    <message>
        <source>the next two weeks</source>
        <translation>die nächsten zwei Wochen</translation>
    </message>
    <message>
        <source>the next month</source>
        <translation>den nächsten Monat</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= gleich</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Neue Kennzahl</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Change on the previous period</source>
        <translation>Veränderung gegenüber der Vorperiode</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>Vom Ziel</translation>
    </message>
    <message>
        <source>My comment</source>
        <translation>Mein Kommentar</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>What is missing?</source>
        <translation>Was fehlt?</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>— no skill —</source>
        <translation>— keine Fähigkeit —</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>What made a difference?</source>
        <translation>Was hat einen Unterschied gemacht?</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Internal or external</source>
        <translation>Intern/extern</translation>
    </message>
    <message>
        <source>Helped or hurt</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Within my influence</source>
        <translation>Beeinflussbar</translation>
    </message>
    <message>
        <source>upskilling entry</source>
        <translation>Weiterbildungseintrag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What I learned or what happened</source>
        <translation>Was ich gelernt habe oder was passiert ist</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>New strategy</source>
        <translation>Neue Strategie</translation>
    </message>
    <message>
        <source>Keep, drop or create</source>
        <translation>Beibehalten, aufgeben oder neu beginnen</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>What will you do?</source>
        <translation>Was werden Sie tun?</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkäufer/in</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Within influence</source>
        <translation>Im eigenen Einfluss</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Vital few</source>
        <translation>Entscheidend</translation>
    </message>
    <message>
        <source>%1 — meeting on %2</source>
        <translation>%1 — Gespräch am %2</translation>
    </message>
    <message>
        <source>“%1” was not written.</source>
        <translation>„%1“ wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1

Any earlier file of that name is unchanged.</source>
        <translation>%1

Eine frühere Datei dieses Namens bleibt unverändert.</translation>
    </message>
    <message>
        <source>Checking the database for damage…</source>
        <translation>Datenbank wird auf Schäden geprüft …</translation>
    </message>
    <message>
        <source>Database checked: no damage found.</source>
        <translation>Datenbank geprüft: keine Schäden gefunden.</translation>
    </message>
    <message>
        <source>Database damaged</source>
        <translation>Datenbank beschädigt</translation>
    </message>
    <message>
        <source>The name of a custom metric, such as “Demos booked”</source>
        <translation>Der Name einer eigenen Kennzahl, z. B. „Vorführungen vereinbart“</translation>
    </message>
    <message>
        <source>Checking the database found damage:
%1

Reins saves what is open, closes the database and opens it again, to check it in full and offer the newest good backup.</source>
        <translation>Die Prüfung der Datenbank hat Schäden gefunden:
%1

Reins speichert, was geöffnet ist, schließt die Datenbank und öffnet sie erneut, um sie vollständig zu prüfen und die neueste intakte Sicherung anzubieten.</translation>
    </message>
    <message>
        <source>The database could not be checked (%1). Reins checks it when it next starts.</source>
        <translation>Die Datenbank konnte nicht geprüft werden (%1). Reins prüft sie beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>reins::gui::ActionsBoard</name>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Salesperson&apos;s actions</source>
        <translation>Maßnahmen des/der Verkäufer/in</translation>
    </message>
    <message>
        <source>Manager commitments</source>
        <translation>Zusagen der Führungskraft</translation>
    </message>
    <message>
        <source>Could not read the open actions</source>
        <translation>Die offenen Maßnahmen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Das ganze Team</translation>
    </message>
    <message>
        <source>%1, &lt;b style=&apos;color:#b01c1c&apos;&gt;%2 overdue&lt;/b&gt;</source>
        <translation>%1, &lt;b style=&apos;color:#b01c1c&apos;&gt;%2 überfällig&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No open actions here. Everything planned is done or dropped – or nothing was planned yet.</source>
        <translation>Hier gibt es keine offenen Maßnahmen. Alles Geplante ist erledigt oder verworfen – oder es wurde noch nichts geplant.</translation>
    </message>
    <message>
        <source>Open actions – %1</source>
        <translation>Offene Maßnahmen – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n offene Maßnahme</numerusform>
            <numerusform>%n offene Maßnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::ActionsBoardModel</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Verkäufer/in</translation>
    </message>
    <message>
        <source>★ vital few</source>
        <translation>★ entscheidend</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1.</source>
        <translation>Überfällig: Sie war am %1 fällig.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Planned in session</source>
        <translation>Geplant im Gespräch</translation>
    </message>
    <message>
        <source>Vital few</source>
        <translation>Entscheidend</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n Tag überfällig)</numerusform>
            <numerusform>%1 (%n Tage überfällig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::CalendarExport</name>
    <message>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar events (*.ics)</source>
        <translation>Kalendertermine (*.ics)</translation>
    </message>
    <message>
        <source>Write the selected salesperson&apos;s next session as an event for your calendar</source>
        <translation>Das nächste Gespräch der ausgewählten Person als Termin für Ihren Kalender schreiben</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>In &amp;Kalender exportieren …</translation>
    </message>
    <message>
        <source>Write this session as an event for your calendar</source>
        <translation>Dieses Gespräch als Termin für Ihren Kalender schreiben</translation>
    </message>
    <message>
        <source>Add next session to calendar</source>
        <translation>Nächstes Gespräch in den Kalender</translation>
    </message>
    <message>
        <source>Select a salesperson first: their next session goes into the calendar.</source>
        <translation>Wählen Sie zuerst eine/n Verkäufer/in: Das nächste Gespräch mit dieser Person kommt in den Kalender.</translation>
    </message>
    <message>
        <source>%1 has no session coming up.

Create one with New session (%2); then it can go into the calendar.</source>
        <translation>Mit %1 ist kein Gespräch geplant.

Legen Sie eines mit „Neues Gespräch“ (%2) an; dann kann es in den Kalender.</translation>
    </message>
    <message>
        <source>This session is no longer in the database.</source>
        <translation>Dieses Gespräch ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>One-on-one %1 %2.ics</source>
        <translation>Einzelgespräch %1 %2.ics</translation>
    </message>
    <message>
        <source>“%1” was not written.</source>
        <translation>„%1“ wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1

Any earlier file of that name is unchanged.</source>
        <translation>%1

Eine frühere Datei dieses Namens bleibt unverändert.</translation>
    </message>
    <message>
        <source>Wrote the session with %1 on %2 to %3. Open the file with your calendar to add it.</source>
        <translation>Das Gespräch mit %1 am %2 wurde nach %3 geschrieben. Öffnen Sie die Datei mit Ihrem Kalender, um es hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add next session &amp;to calendar…</source>
        <translation>Nächstes Gespräch in den &amp;Kalender …</translation>
    </message>
</context>
<context>
    <name>reins::gui::CompareChooserDialog</name>
    <message>
        <source>%1 (1 session)</source>
        <translation>%1 (1 Gespräch)</translation>
    </message>
    <message>
        <source>%1 (%2 sessions)</source>
        <translation>%1 (%2 Gespräche)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>%1: tick at least %2.</source>
        <translation>%1: Markieren Sie mindestens %2.</translation>
    </message>
    <message>
        <source>%1: at most %2 fit side by side.</source>
        <translation>%1: Höchstens %2 passen nebeneinander.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ticked</source>
        <translation>
            <numerusform>%n Gespräch markiert</numerusform>
            <numerusform>%n Gespräche markiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::CompareWindow</name>
    <message>
        <source>Compare sessions – %1</source>
        <translation>Gespräche vergleichen – %1</translation>
    </message>
    <message>
        <source>%1 over %2 sessions</source>
        <translation>%1 über %2 Gespräche</translation>
    </message>
    <message>
        <source>%1 side by side</source>
        <translation>%1 im Vergleich</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b6b2f&apos;&gt;↑ up&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#a31d1d&apos;&gt;↓ down&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1d4f91&apos;&gt;★ new&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#3b6b12&apos;&gt;✓ resolved&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#7a5500&apos;&gt;⇄ changed&lt;/span&gt; &amp;nbsp; &lt;i&gt;each against the column before&lt;/i&gt;</source>
        <translation>&lt;span style=&apos;color:#1b6b2f&apos;&gt;↑ gestiegen&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#a31d1d&apos;&gt;↓ gesunken&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1d4f91&apos;&gt;★ neu&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#3b6b12&apos;&gt;✓ behoben&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#7a5500&apos;&gt;⇄ geändert&lt;/span&gt; &amp;nbsp; &lt;i&gt;jeweils gegenüber der Spalte davor&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Sessions side by side</source>
        <translation>Gespräche im Vergleich</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Als PDF …</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>Als Markdown …</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>%1 of %2 parts changed between these sessions.%3</source>
        <translation>%1 von %2 Teilen haben sich zwischen diesen Gesprächen geändert.%3</translation>
    </message>
    <message>
        <source> Unchanged parts are hidden.</source>
        <translation> Unveränderte Teile sind ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>reins::gui::ComparisonModel</name>
    <message>
        <source>%1
%2 against the session before</source>
        <translation>%1
%2 gegenüber dem Gespräch davor</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Self-audit</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Coaching balance and rating</source>
        <translation>Coaching-Balance und Bewertung</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>%1 (%2% of target)</source>
        <translation>%1 (%2 % des Ziels)</translation>
    </message>
</context>
<context>
    <name>reins::gui::CsvExportDialog</name>
    <message>
        <source>Export %1&apos;s sessions (%2) as a CSV file for a spreadsheet.</source>
        <translation>Die Gespräche mit %1 (%2) als CSV-Datei für eine Tabellenkalkulation exportieren.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Read how to prepare, lead and review a session in Reins</source>
        <translation>Lesen, wie man in Reins ein Gespräch vorbereitet, führt und auswertet</translation>
    </message>
    <message>
        <source>List every key Reins answers to</source>
        <translation>Alle Tasten auflisten, auf die Reins reagiert</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>Session window</source>
        <translation>Gesprächsfenster</translation>
    </message>
    <message>
        <source>In a table or list</source>
        <translation>In einer Tabelle oder Liste</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Open the selected session</source>
        <translation>Das ausgewählte Gespräch öffnen</translation>
    </message>
    <message>
        <source>%1, or a double-click</source>
        <translation>%1 oder Doppelklick</translation>
    </message>
    <message>
        <source>Select a session in the main window to list these keys</source>
        <translation>Wählen Sie im Hauptfenster ein Gespräch, um diese Tasten aufzulisten</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Move row up</source>
        <translation>Zeile nach oben</translation>
    </message>
    <message>
        <source>Move row down</source>
        <translation>Zeile nach unten</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Nächstes Feld</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Vorheriges Feld</translation>
    </message>
    <message>
        <source>Menu or button by its underlined letter</source>
        <translation>Menü oder Schaltfläche über den unterstrichenen Buchstaben</translation>
    </message>
    <message>
        <source>Alt and the letter</source>
        <translation>Alt und der Buchstabe</translation>
    </message>
    <message>
        <source>Close a dialog without changes</source>
        <translation>Dialog ohne Änderungen schließen</translation>
    </message>
</context>
<context>
    <name>reins::gui::HelpWindow</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>reins::gui::MainWindow</name>
    <message>
        <source>Reins</source>
        <translation>Reins</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Could not read the team</source>
        <translation>Das Team konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>Niemand ausgewählt</translation>
    </message>
    <message>
        <source>Select a salesperson on the left to see their sessions.</source>
        <translation>Wählen Sie links eine/n Verkäufer/in, um die zugehörigen Gespräche zu sehen.</translation>
    </message>
    <message>
        <source>%1 manages no salespeople yet. Edit a salesperson to choose %1 as their manager.</source>
        <translation>%1 führt noch keine Verkäufer/innen. Bearbeiten Sie eine/n Verkäufer/in, um %1 als Führungskraft zu wählen.</translation>
    </message>
    <message>
        <source>%1 manages %2.

Select a salesperson to see their sessions.</source>
        <translation>%1 führt %2.

Wählen Sie eine/n Verkäufer/in, um die zugehörigen Gespräche zu sehen.</translation>
    </message>
    <message>
        <source>Could not read the sessions</source>
        <translation>Die Gespräche konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>managed by %1</source>
        <translation>geführt von %1</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Gespräch</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Gespräche</translation>
    </message>
    <message>
        <source>No sessions with %1 yet.

Create the first one with New session (%2); %1 then prepares it before you meet.</source>
        <translation>Noch keine Gespräche mit %1.

Legen Sie das erste mit „Neues Gespräch“ (%2) an; %1 bereitet es dann vor Ihrem Treffen vor.</translation>
    </message>
    <message>
        <source>Could not count the sessions</source>
        <translation>Die Gespräche konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>1 salesperson</source>
        <translation>1 Verkäufer/in</translation>
    </message>
    <message>
        <source>%1 salespeople</source>
        <translation>%1 Verkäufer/innen</translation>
    </message>
    <message>
        <source>Could not add the person</source>
        <translation>Die Person konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not save the changes</source>
        <translation>Die Änderungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the team?</source>
        <translation>%1 aus dem Team entfernen?</translation>
    </message>
    <message>
        <source>Only people without sessions or sales records can be removed.</source>
        <translation>Nur Personen ohne Gespräche und ohne Verkaufsdaten können entfernt werden.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation>%1 wurde nicht entfernt</translation>
    </message>
    <message>
        <source>Could not create the session</source>
        <translation>Das Gespräch konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>Das Gespräch konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Gespräch löschen</translation>
    </message>
    <message>
        <source>Delete the session with %1 on %2?</source>
        <translation>Das Gespräch mit %1 am %2 löschen?</translation>
    </message>
    <message>
        <source>Its preparation and meeting record are deleted with it. This cannot be undone.</source>
        <translation>Vorbereitung und Gesprächsprotokoll werden mit gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The session was not deleted</source>
        <translation>Das Gespräch wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>Load sample team</source>
        <translation>Beispielteam laden</translation>
    </message>
    <message>
        <source>The sample team can only be loaded into an empty database, so that it never mixes with your own team.

To try it, start Reins with a new database file.</source>
        <translation>Das Beispielteam kann nur in eine leere Datenbank geladen werden, damit es sich nie mit Ihrem eigenen Team vermischt.

Um es auszuprobieren, starten Sie Reins mit einer neuen Datenbankdatei.</translation>
    </message>
    <message>
        <source>Load a sample team of %1 salespeople and their managers, with a year of monthly sessions, to look around Reins?</source>
        <translation>Ein Beispielteam aus %1 Verkäufer/innen und ihren Führungskräften mit einem Jahr monatlicher Gespräche laden, um Reins kennenzulernen?</translation>
    </message>
    <message>
        <source>Could not load the sample team</source>
        <translation>Das Beispielteam konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Loaded the sample team: %1 managers, %2 salespeople and %3 sessions.</source>
        <translation>Beispielteam geladen: %1 Führungskräfte, %2 Verkäufer/innen und %3 Gespräche.</translation>
    </message>
    <message>
        <source>About Reins</source>
        <translation>Über Reins</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reins %1&lt;/h3&gt;&lt;p&gt;Salesperson-led sales coaching one-on-ones.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reins %1&lt;/h3&gt;&lt;p&gt;Vertriebscoaching im Einzelgespräch, geführt von Verkäufer/innen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The salesperson prepares and leads the session; the manager acknowledges, asks, helps plan and offers support. Everything stays in one file on this computer.&lt;/p&gt;&lt;p&gt;Reins is free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der/die Verkäufer/in bereitet das Gespräch vor und führt es; die Führungskraft erkennt an, fragt nach, hilft beim Planen und bietet Unterstützung an. Alles bleibt in einer Datei auf diesem Computer.&lt;/p&gt;&lt;p&gt;Reins ist freie Software unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>MIT License

Copyright (c) the Reins authors

</source>
        <translation>MIT License

Copyright (c) the Reins authors

</translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingAcknowledgePage</name>
    <message>
        <source>Acknowledge</source>
        <translation>Anerkennen</translation>
    </message>
    <message>
        <source>Start with what %1 brought. Say what the results are, in plain words, and acknowledge the preparation before asking anything.</source>
        <translation>Beginnen Sie mit dem, was %1 mitgebracht hat. Benennen Sie die Ergebnisse in klaren Worten und erkennen Sie die Vorbereitung an, bevor Sie etwas fragen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt; · what you can say, beside what %1 says</source>
        <translation>&lt;b&gt;Ergebnisse&lt;/b&gt; · was Sie sagen können, neben dem, was %1 sagt</translation>
    </message>
    <message>
        <source>What you can say</source>
        <translation>Was Sie sagen können</translation>
    </message>
    <message>
        <source>%1&apos;s comment</source>
        <translation>Kommentar von %1</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>(kein Kommentar)</translation>
    </message>
    <message>
        <source>No results were prepared for this session.</source>
        <translation>Für dieses Gespräch wurden keine Ergebnisse vorbereitet.</translation>
    </message>
    <message>
        <source>1 skill rated</source>
        <translation>1 Fähigkeit bewertet</translation>
    </message>
    <message>
        <source>%1 skills rated</source>
        <translation>%1 Fähigkeiten bewertet</translation>
    </message>
    <message>
        <source>1 gap</source>
        <translation>1 Lücke</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>%1 Lücken</translation>
    </message>
    <message>
        <source>1 factor</source>
        <translation>1 Faktor</translation>
    </message>
    <message>
        <source>%1 factors</source>
        <translation>%1 Faktoren</translation>
    </message>
    <message>
        <source>1 upskilling entry</source>
        <translation>1 Weiterbildungseintrag</translation>
    </message>
    <message>
        <source>%1 upskilling entries</source>
        <translation>%1 Weiterbildungseinträge</translation>
    </message>
    <message>
        <source>1 strategy</source>
        <translation>1 Strategie</translation>
    </message>
    <message>
        <source>%1 strategies</source>
        <translation>%1 Strategien</translation>
    </message>
    <message>
        <source>1 action planned</source>
        <translation>1 Maßnahme geplant</translation>
    </message>
    <message>
        <source>%1 actions planned</source>
        <translation>%1 Maßnahmen geplant</translation>
    </message>
    <message>
        <source>Nothing else was prepared yet.</source>
        <translation>Sonst wurde noch nichts vorbereitet.</translation>
    </message>
    <message>
        <source>Also prepared: %1.</source>
        <translation>Außerdem vorbereitet: %1.</translation>
    </message>
    <message>
        <source>Last time&apos;s actions: %1 done, %2 carried forward, %3 dropped.</source>
        <translation>Maßnahmen vom letzten Mal: %1 erledigt, %2 übernommen, %3 verworfen.</translation>
    </message>
    <message>
        <source>Focus for the period ahead: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>Fokus für den kommenden Zeitraum: &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingBalanceMeter</name>
    <message>
        <source>Coaching balance</source>
        <translation>Coaching-Balance</translation>
    </message>
    <message>
        <source>No time recorded yet</source>
        <translation>Noch keine Zeit erfasst</translation>
    </message>
    <message>
        <source>%1% on solutions</source>
        <translation>%1 % für Lösungen</translation>
    </message>
    <message>
        <source>Solutions (plan and support): %1%. Problem (acknowledge and explore): %2%. The goal is at least %3% on solutions.</source>
        <translation>Lösungen (Planen und Unterstützen): %1 %. Problem (Anerkennen und Erkunden): %2 %. Ziel sind mindestens %3 % für Lösungen.</translation>
    </message>
    <message>
        <source>No meeting time recorded yet. The goal is at least %1% of the time on solutions (plan and support).</source>
        <translation>Noch keine Gesprächszeit erfasst. Ziel sind mindestens %1 % der Zeit für Lösungen (Planen und Unterstützen).</translation>
    </message>
    <message>
        <source>Solutions %1%</source>
        <translation>Lösungen %1 %</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1% of this meeting went on the problem. Next time, acknowledge the results, then move on sooner to what they can influence and what they will do about it.</source>
        <translation>%1 % dieses Gesprächs entfielen auf das Problem. Erkennen Sie beim nächsten Mal die Ergebnisse an und gehen Sie dann früher dazu über, was sich beeinflussen lässt und was er/sie dagegen tun wird.</translation>
    </message>
    <message>
        <source>%1% of the meeting so far went on the problem. Acknowledge, then move on: ask what they can influence and what they will do about it.</source>
        <translation>%1 % des bisherigen Gesprächs entfielen auf das Problem. Erkennen Sie an und gehen Sie dann weiter: Fragen Sie, was sich beeinflussen lässt und was er/sie dagegen tun wird.</translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingController</name>
    <message>
        <source>The salesperson</source>
        <translation>Der/die Verkäufer/in</translation>
    </message>
    <message>
        <source>Salesperson at the &amp;keyboard</source>
        <translation>Verkäufer/in an der &amp;Tastatur</translation>
    </message>
    <message>
        <source>Salesperson at the keyboard</source>
        <translation>Verkäufer/in an der Tastatur</translation>
    </message>
    <message>
        <source>Hides every private note while the salesperson looks at or uses the screen (Ctrl+Shift+P)</source>
        <translation>Blendet alle privaten Notizen aus, während der/die Verkäufer/in auf den Bildschirm schaut oder ihn benutzt (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Gespräch beginnen</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Gespräch abschließen</translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingExplorePage</name>
    <message>
        <source>Explore why</source>
        <translation>Ursachen erkunden</translation>
    </message>
    <message>
        <source>Ask, don&apos;t tell: open questions help %1 find out what made the difference this period. Add the factors you discover together.</source>
        <translation>Fragen statt sagen: Offene Fragen helfen %1 herauszufinden, was in diesem Zeitraum den Unterschied gemacht hat. Fügen Sie die Faktoren hinzu, die Sie gemeinsam entdecken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What influenced the results&lt;/b&gt; · %1&apos;s factors</source>
        <translation>&lt;b&gt;Was die Ergebnisse beeinflusst hat&lt;/b&gt; · Faktoren von %1</translation>
    </message>
    <message>
        <source>&amp;Add factor</source>
        <translation>&amp;Faktor hinzufügen</translation>
    </message>
    <message>
        <source>No factors yet. Which internal and external factors influenced this period?</source>
        <translation>Noch keine Faktoren. Welche internen und externen Faktoren haben diesen Zeitraum beeinflusst?</translation>
    </message>
    <message>
        <source>%1 helped, %2 hurt · %3 of %4 within their influence</source>
        <translation>%1 geholfen, %2 geschadet · %3 von %4 im eigenen Einfluss</translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingNotesModel</name>
    <message>
        <source>(no answer yet)</source>
        <translation>(noch keine Antwort)</translation>
    </message>
    <message>
        <source>Private: only in your view, never shared with the salesperson</source>
        <translation>Privat: nur in Ihrer Ansicht, wird nie mit dem/der Verkäufer/in geteilt</translation>
    </message>
    <message>
        <source>Shared with the salesperson</source>
        <translation>Mit dem/der Verkäufer/in geteilt</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Shared note</source>
        <translation>Geteilte Notiz</translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingNotesPanel</name>
    <message>
        <source>Free note</source>
        <translation>Freie Notiz</translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation>(noch keine Antwort)</translation>
    </message>
    <message>
        <source>A question from the list, or your own</source>
        <translation>Eine Frage aus der Liste oder eine eigene</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>Edit note question</source>
        <translation>Frage der Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Make note private</source>
        <translation>Notiz privat machen</translation>
    </message>
    <message>
        <source>Share note</source>
        <translation>Notiz teilen</translation>
    </message>
    <message>
        <source>Add private note</source>
        <translation>Private Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Turn off “Salesperson at the keyboard” to add a private note</source>
        <translation>Schalten Sie „Verkäufer/in an der Tastatur“ aus, um eine private Notiz hinzuzufügen</translation>
    </message>
    <message>
        <source>Add a note only you will see</source>
        <translation>Eine Notiz hinzufügen, die nur Sie sehen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your notes&lt;/b&gt; · none yet: double-click a question, or add a note</source>
        <translation>&lt;b&gt;Ihre Notizen&lt;/b&gt; · noch keine: Doppelklicken Sie auf eine Frage oder fügen Sie eine Notiz hinzu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your notes&lt;/b&gt; · %1</source>
        <translation>&lt;b&gt;Ihre Notizen&lt;/b&gt; · %1</translation>
    </message>
    <message>
        <source>Add a note shared with the salesperson</source>
        <translation>Eine mit dem/der Verkäufer/in geteilte Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add a note shared with the salesperson, answering “%1”</source>
        <translation>Eine mit dem/der Verkäufer/in geteilte Notiz zu „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingPlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>%1 leads the plan; you help to sharpen it. Start from what they can influence.</source>
        <translation>%1 führt die Planung; Sie helfen, sie zu schärfen. Beginnen Sie bei dem, was sich beeinflussen lässt.</translation>
    </message>
    <message>
        <source>“Which 20% of your actions will make 80% of the difference?”</source>
        <translation>„Welche 20 % Ihrer Maßnahmen machen 80 % des Unterschieds aus?“</translation>
    </message>
    <message>
        <source>Double-click an item to move it to the other list</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um ihn in die andere Liste zu verschieben</translation>
    </message>
    <message>
        <source>&lt;b&gt;The action plan&lt;/b&gt; · tick the vital few: the actions that will make the biggest difference</source>
        <translation>&lt;b&gt;Der Maßnahmenplan&lt;/b&gt; · markieren Sie die entscheidenden: die Maßnahmen, die den größten Unterschied machen</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Move factor</source>
        <translation>Faktor verschieben</translation>
    </message>
    <message>
        <source>Move action</source>
        <translation>Maßnahme verschieben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Focus for the period ahead:&lt;/b&gt; &lt;i&gt;not written yet&lt;/i&gt;</source>
        <translation>&lt;b&gt;Fokus für den kommenden Zeitraum:&lt;/b&gt; &lt;i&gt;noch nicht formuliert&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Focus for the period ahead:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fokus für den kommenden Zeitraum:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Factor, helped: %1</source>
        <translation>Faktor, geholfen: %1</translation>
    </message>
    <message>
        <source>Factor, hurt: %1</source>
        <translation>Faktor, geschadet: %1</translation>
    </message>
    <message>
        <source>Action ★ vital few: %1</source>
        <translation>Maßnahme ★ entscheidend: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>No actions yet: what will make the biggest difference?</source>
        <translation>Noch keine Maßnahmen: Was wird den größten Unterschied machen?</translation>
    </message>
    <message>
        <source>✓ %1 of %2 actions are vital few.</source>
        <translation>✓ %1 von %2 Maßnahmen sind entscheidend.</translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingSupportPage</name>
    <message>
        <source>Support</source>
        <translation>Unterstützen</translation>
    </message>
    <message>
        <source>Offer your help with the plan. What you promise is an action you own: it has a due date and is reviewed next time, like any action.</source>
        <translation>Bieten Sie Ihre Hilfe beim Plan an. Was Sie zusagen, ist eine Maßnahme in Ihrer Verantwortung: Sie hat ein Fälligkeitsdatum und wird beim nächsten Mal geprüft wie jede Maßnahme.</translation>
    </message>
    <message>
        <source>“How can I help you achieve a great result next period?”</source>
        <translation>„Wie kann ich Ihnen helfen, im nächsten Zeitraum ein großartiges Ergebnis zu erreichen?“</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your commitments&lt;/b&gt; · what you will do to help</source>
        <translation>&lt;b&gt;Ihre Zusagen&lt;/b&gt; · was Sie tun, um zu helfen</translation>
    </message>
    <message>
        <source>&amp;Add commitment</source>
        <translation>&amp;Zusage hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&apos;s vital few&lt;/b&gt; · the actions your help is for</source>
        <translation>&lt;b&gt;Entscheidende Maßnahmen von %1&lt;/b&gt; · die Maßnahmen, für die Ihre Hilfe gedacht ist</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (fällig %1)</translation>
    </message>
    <message>
        <source>No vital few marked yet: agree on them in the Plan stage.</source>
        <translation>Noch keine entscheidenden Maßnahmen markiert: Vereinbaren Sie sie in der Phase Planen.</translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingTimerBar</name>
    <message>
        <source>Time spent in %1</source>
        <translation>Zeit in %1</translation>
    </message>
    <message>
        <source>Meeting closed</source>
        <translation>Gespräch abgeschlossen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>Gespräch &amp;beginnen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <source> · goal met</source>
        <translation> · Ziel erreicht</translation>
    </message>
    <message>
        <source> · goal %1%</source>
        <translation> · Ziel %1 %</translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingWorkspace</name>
    <message>
        <source>Salesperson at the keyboard: private notes are hidden and none can be added. Press Ctrl+Shift+P when you have the screen back.</source>
        <translation>Verkäufer/in an der Tastatur: Private Notizen sind ausgeblendet und können nicht hinzugefügt werden. Drücken Sie Strg+Umschalt+P, wenn Sie den Bildschirm wiederhaben.</translation>
    </message>
</context>
<context>
    <name>reins::gui::MeetingWrapUpPage</name>
    <message>
        <source>Not useful</source>
        <translation>Nicht hilfreich</translation>
    </message>
    <message>
        <source>A little useful</source>
        <translation>Etwas hilfreich</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Hilfreich</translation>
    </message>
    <message>
        <source>Very useful</source>
        <translation>Sehr hilfreich</translation>
    </message>
    <message>
        <source>Extremely useful</source>
        <translation>Äußerst hilfreich</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Agree on what happens next, ask %1 how useful the session was, and close it. A closed session is the record of the meeting.</source>
        <translation>Vereinbaren Sie die nächsten Schritte, fragen Sie %1, wie hilfreich das Gespräch war, und schließen Sie es ab. Ein abgeschlossenes Gespräch ist das Protokoll des Treffens.</translation>
    </message>
    <message>
        <source>%1, how useful was this session for you? Optional, and only you choose.</source>
        <translation>%1, wie hilfreich war dieses Gespräch für Sie? Freiwillig, und nur Sie entscheiden.</translation>
    </message>
    <message>
        <source>%1 of 5: %2</source>
        <translation>%1 von 5: %2</translation>
    </message>
    <message>
        <source>Rate %1 of 5</source>
        <translation>Mit %1 von 5 bewerten</translation>
    </message>
    <message>
        <source>Closing ends the meeting and stops the timer. The session becomes a record: its content can still be corrected, but it cannot be reopened.</source>
        <translation>Das Abschließen beendet das Gespräch und hält die Zeitmessung an. Das Gespräch wird zum Protokoll: Sein Inhalt kann noch korrigiert, es kann aber nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Rate the session</source>
        <translation>Gespräch bewerten</translation>
    </message>
    <message>
        <source>Clear the rating</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Gespräch abschließen</translation>
    </message>
    <message>
        <source>Close the session with %1?</source>
        <translation>Das Gespräch mit %1 abschließen?</translation>
    </message>
    <message>
        <source>The meeting ends and the timer stops. The content can still be corrected, but the session cannot be reopened.</source>
        <translation>Das Gespräch endet und die Zeitmessung hält an. Der Inhalt kann noch korrigiert, das Gespräch aber nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>Rated %1 of 5: %2.</source>
        <translation>Bewertet mit %1 von 5: %2.</translation>
    </message>
    <message>
        <source>Not rated.</source>
        <translation>Nicht bewertet.</translation>
    </message>
    <message>
        <source>Session closed</source>
        <translation>Gespräch abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Close the session</source>
        <translation>Gespräch &amp;abschließen</translation>
    </message>
    <message>
        <source>This session is closed: it is the record of the meeting.</source>
        <translation>Dieses Gespräch ist abgeschlossen: Es ist das Protokoll des Treffens.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>%1&apos;s actions</source>
        <translation>Maßnahmen von %1</translation>
    </message>
    <message>
        <source>No actions planned.</source>
        <translation>Keine Maßnahmen geplant.</translation>
    </message>
    <message>
        <source>Your commitments</source>
        <translation>Ihre Zusagen</translation>
    </message>
    <message>
        <source>No commitments of yours.</source>
        <translation>Keine Zusagen von Ihnen.</translation>
    </message>
    <message>
        <source>%1 taken.</source>
        <translation>%1 festgehalten.</translation>
    </message>
    <message>
        <source>No meeting time recorded yet. The model asks for at least %1% of the time on solutions: plan and support.</source>
        <translation>Noch keine Gesprächszeit erfasst. Das Modell verlangt mindestens %1 % der Zeit für Lösungen: Planen und Unterstützen.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color: #1e7a46;&quot;&gt;%1% on solutions.&lt;/b&gt; The meeting meets the model&apos;s %2%.</source>
        <translation>&lt;b style=&quot;color: #1e7a46;&quot;&gt;%1 % für Lösungen.&lt;/b&gt; Das Gespräch erreicht die %2 % des Modells.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color: #b23b3b;&quot;&gt;%1% on solutions.&lt;/b&gt; The model asks for at least %2%.</source>
        <translation>&lt;b style=&quot;color: #b23b3b;&quot;&gt;%1 % für Lösungen.&lt;/b&gt; Das Modell verlangt mindestens %2 %.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared note(s)</source>
        <translation>
            <numerusform>%n geteilte Notiz</numerusform>
            <numerusform>%n geteilte Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n private note(s)</source>
        <translation>
            <numerusform> und %n private Notiz</numerusform>
            <numerusform> und %n private Notizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::NewSessionDialog</name>
    <message>
        <source>New session with %1</source>
        <translation>Neues Gespräch mit %1</translation>
    </message>
    <message>
        <source>&amp;Create session</source>
        <translation>Gespräch &amp;anlegen</translation>
    </message>
    <message>
        <source>No manager</source>
        <translation>Keine Führungskraft</translation>
    </message>
    <message>
        <source>The period follows on from the session of %1 (%2).</source>
        <translation>Der Zeitraum schließt an das Gespräch vom %1 an (%2).</translation>
    </message>
    <message>
        <source>This is the first session with %1. After it is created, %1 prepares it: results, self-audit, gaps and a plan.</source>
        <translation>Dies ist das erste Gespräch mit %1. Nach dem Anlegen bereitet %1 es vor: Ergebnisse, Selbsteinschätzung, Lücken und einen Plan.</translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose an end date on or after %1.</source>
        <translation>Der Zeitraum endet, bevor er beginnt. Wählen Sie ein Enddatum am oder nach dem %1.</translation>
    </message>
    <message>
        <source>Note: %1 already has a session on %2.</source>
        <translation>Hinweis: Mit %1 gibt es am %2 bereits ein Gespräch.</translation>
    </message>
</context>
<context>
    <name>reins::gui::ParetoPanel</name>
    <message>
        <source>%1 in total from %2 sales records, %3 – %4.</source>
        <translation>%1 insgesamt aus %2 Verkaufsdatensätzen, %3 – %4.</translation>
    </message>
    <message>
        <source>The records are in several currencies (%1); their amounts are added up as if they were one.</source>
        <translation>Die Datensätze sind in mehreren Währungen (%1); ihre Beträge werden addiert, als wären sie eine.</translation>
    </message>
    <message>
        <source>Vital few (%1%)</source>
        <translation>Entscheidende (%1 %)</translation>
    </message>
    <message>
        <source>The rest</source>
        <translation>Der Rest</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Others (%1)</source>
        <translation>Weitere (%1)</translation>
    </message>
    <message>
        <source>%1 others: %2</source>
        <translation>%1 weitere: %2</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>%1% line</source>
        <translation>Linie bei %1 %</translation>
    </message>
</context>
<context>
    <name>reins::gui::ParetoTableModel</name>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>One of the vital few: together they make %1% of the amount.</source>
        <translation>Einer der entscheidenden: Zusammen machen sie %1 % des Betrags aus.</translation>
    </message>
    <message>
        <source>No positive amount (refunds or cancellations), so no share.</source>
        <translation>Kein positiver Betrag (Erstattungen oder Stornierungen), daher kein Anteil.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
</context>
<context>
    <name>reins::gui::PartDelegate</name>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>reins::gui::PartEditor</name>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Move row up</source>
        <translation>Zeile nach oben</translation>
    </message>
    <message>
        <source>Move row down</source>
        <translation>Zeile nach unten</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabelle %1</translation>
    </message>
</context>
<context>
    <name>reins::gui::PartTableModel</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>reins::gui::PersonDialog</name>
    <message>
        <source>Add manager</source>
        <translation>Führungskraft hinzufügen</translation>
    </message>
    <message>
        <source>Add salesperson</source>
        <translation>Verkäufer/in hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 manages salespeople. Give them another manager before changing this role.</source>
        <translation>%1 führt Verkäufer/innen. Geben Sie ihnen eine andere Führungskraft, bevor Sie diese Rolle ändern.</translation>
    </message>
    <message>
        <source>No manager</source>
        <translation>Keine Führungskraft</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>The email address does not look right: it needs a name, an @ and a domain, like dana@example.com.</source>
        <translation>Die E-Mail-Adresse scheint nicht zu stimmen: Sie braucht einen Namen, ein @ und eine Domain, wie dana@example.com.</translation>
    </message>
    <message>
        <source>%1 already uses this email address.</source>
        <translation>%1 verwendet diese E-Mail-Adresse bereits.</translation>
    </message>
</context>
<context>
    <name>reins::gui::PreferencesDialog</name>
    <message>
        <source>Put back the default role, cadence, currency, questions and backup settings; the skill catalogue stays as it is</source>
        <translation>Standardwerte für Rolle, Rhythmus, Währung, Fragen und Sicherungen wiederherstellen; der Fähigkeitenkatalog bleibt, wie er ist</translation>
    </message>
    <message>
        <source>The three-letter code of the currency, such as EUR</source>
        <translation>Der dreistellige Code der Währung, z. B. EUR</translation>
    </message>
    <message>
        <source>Reins starts in the manager&apos;s view: search includes the manager&apos;s private notes. Review → Manager&apos;s view switches it off for a while.</source>
        <translation>Reins startet in der Ansicht der Führungskraft: Die Suche schließt die privaten Notizen der Führungskraft ein. Auswertung → Ansicht der Führungskraft schaltet das vorübergehend aus.</translation>
    </message>
    <message>
        <source>Private notes stay out of search. Review → Manager&apos;s view shows them for a while.</source>
        <translation>Private Notizen bleiben von der Suche ausgeschlossen. Auswertung → Ansicht der Führungskraft zeigt sie vorübergehend.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These are the default questions.</source>
        <translation>Dies sind die Standardfragen.</translation>
    </message>
    <message>
        <source>Your own questions in %1; the defaults elsewhere.</source>
        <translation>Eigene Fragen in %1; sonst die Standardfragen.</translation>
    </message>
    <message>
        <source>The skill catalogue could not be read: %1</source>
        <translation>Der Fähigkeitenkatalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (nicht mehr geführt)</translation>
    </message>
    <message>
        <source>A new skill: it is saved with OK or Apply.</source>
        <translation>Eine neue Fähigkeit: Sie wird mit OK oder Übernehmen gespeichert.</translation>
    </message>
    <message>
        <source>Retired: not offered in new self-audits. Past sessions keep its scores.</source>
        <translation>Nicht mehr geführt: wird in neuen Selbsteinschätzungen nicht angeboten. Frühere Gespräche behalten ihre Bewertungen.</translation>
    </message>
    <message>
        <source>Self-audit scores so far: %1. Retiring the skill keeps them in their sessions; it is no longer offered in new ones.</source>
        <translation>Bisherige Bewertungen in Selbsteinschätzungen: %1. Wird die Fähigkeit nicht mehr geführt, bleiben sie in ihren Gesprächen erhalten; in neuen wird sie nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Not scored in any self-audit yet: removing it deletes it.</source>
        <translation>Noch in keiner Selbsteinschätzung bewertet: Entfernen löscht sie.</translation>
    </message>
    <message>
        <source>Select a skill to edit it.</source>
        <translation>Wählen Sie eine Fähigkeit, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Nicht mehr &amp;führen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The skill has been scored: it is retired, and past sessions keep its scores</source>
        <translation>Die Fähigkeit wurde bereits bewertet: Sie wird nicht mehr geführt, und frühere Gespräche behalten ihre Bewertungen</translation>
    </message>
    <message>
        <source>Take the skill out of the catalogue</source>
        <translation>Die Fähigkeit aus dem Katalog nehmen</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Neue Fähigkeit</translation>
    </message>
    <message>
        <source>New skill %1</source>
        <translation>Neue Fähigkeit %1</translation>
    </message>
    <message>
        <source>Not yet: rarely does it, and only when reminded.</source>
        <translation>Noch nicht: tut es selten und nur mit Erinnerung.</translation>
    </message>
    <message>
        <source>Starting: does it sometimes, with help.</source>
        <translation>Am Anfang: tut es manchmal, mit Hilfe.</translation>
    </message>
    <message>
        <source>Solid: does it routinely in ordinary situations.</source>
        <translation>Solide: tut es in üblichen Situationen routiniert.</translation>
    </message>
    <message>
        <source>Strong: does it well in difficult situations too.</source>
        <translation>Stark: tut es auch in schwierigen Situationen gut.</translation>
    </message>
    <message>
        <source>Role model: others learn it from them.</source>
        <translation>Vorbild: Andere lernen es von ihm/ihr.</translation>
    </message>
    <message>
        <source>Every skill needs a name. Type a name for the selected skill in %1, or remove it.</source>
        <translation>Jede Fähigkeit braucht einen Namen. Geben Sie der ausgewählten Fähigkeit in %1 einen Namen oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The skill “%1” needs a description of level %2: what does a salesperson who scores %2 do?</source>
        <translation>Die Fähigkeit „%1“ braucht eine Beschreibung der Stufe %2: Was tut ein/e Verkäufer/in, der/die mit %2 bewertet wird?</translation>
    </message>
    <message>
        <source>Two skills are called “%1”. Give each skill a name of its own.</source>
        <translation>Zwei Fähigkeiten heißen „%1“. Geben Sie jeder Fähigkeit einen eigenen Namen.</translation>
    </message>
    <message>
        <source>The skill catalogue was not changed. %1</source>
        <translation>Der Fähigkeitenkatalog wurde nicht geändert. %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Type the full path of a folder, or choose one.</source>
        <translation>Geben Sie den vollständigen Pfad eines Ordners ein oder wählen Sie einen.</translation>
    </message>
    <message>
        <source>The folder is created with the first backup.</source>
        <translation>Der Ordner wird mit der ersten Sicherung angelegt.</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>In diesem Ordner gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backups in this folder: %1, the newest from %2.</source>
        <translation>Sicherungen in diesem Ordner: %1, die neueste vom %2.</translation>
    </message>
    <message>
        <source>Backed up to %1 and checked it.</source>
        <translation>Nach %1 gesichert und geprüft.</translation>
    </message>
    <message>
        <source>The backup was not written. %1</source>
        <translation>Die Sicherung wurde nicht geschrieben. %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Enter the three-letter code of the currency, such as EUR or USD.</source>
        <translation>Geben Sie den dreistelligen Code der Währung ein, z. B. EUR oder USD.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups with Browse…, or type its full path.</source>
        <translation>Wählen Sie mit „Durchsuchen …“ einen Ordner für die Sicherungen oder geben Sie seinen vollständigen Pfad ein.</translation>
    </message>
    <message>
        <source>Reins cannot create the backup folder “%1”. Choose another one.</source>
        <translation>Reins kann den Sicherungsordner „%1“ nicht anlegen. Wählen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepFactorsPage</name>
    <message>
        <source>&amp;Add factor</source>
        <translation>&amp;Faktor hinzufügen</translation>
    </message>
    <message>
        <source>Add what helped and what hurt: a new product, a lost key account, the time I spent on admin.</source>
        <translation>Ich ergänze, was geholfen und was geschadet hat: ein neues Produkt, ein verlorener Schlüsselkunde, die Zeit für Verwaltungsarbeit.</translation>
    </message>
    <message>
        <source>%1 helped, %2 hurt; %3 within my influence.</source>
        <translation>%1 geholfen, %2 geschadet; %3 in meinem Einfluss.</translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepGapsPage</name>
    <message>
        <source>&amp;Add gap</source>
        <translation>&amp;Lücke hinzufügen</translation>
    </message>
    <message>
        <source>%1 — scored %2 of 5</source>
        <translation>%1 — mit %2 von 5 bewertet</translation>
    </message>
    <message>
        <source>, down from %1 last session</source>
        <translation>, gesunken von %1 im letzten Gespräch</translation>
    </message>
    <message>
        <source>Score your skills in the self-audit: your lowest scores and the skills that dropped since last session will be suggested here.</source>
        <translation>Bewerten Sie Ihre Fähigkeiten in der Selbsteinschätzung: Ihre niedrigsten Bewertungen und die seit dem letzten Gespräch gesunkenen Fähigkeiten werden hier vorgeschlagen.</translation>
    </message>
    <message>
        <source>No suggestions: no skill scored 3 or less or dropped since last session without a gap that names it.</source>
        <translation>Keine Vorschläge: Keine Fähigkeit ist mit 3 oder weniger bewertet oder seit dem letzten Gespräch gesunken, ohne dass eine Lücke sie benennt.</translation>
    </message>
    <message>
        <source>My lowest scores and the skills that dropped most since last session. Each may be a gap worth naming.</source>
        <translation>Meine niedrigsten Bewertungen und die Fähigkeiten, die seit dem letzten Gespräch am stärksten gesunken sind. Jede davon kann eine Lücke sein, die es wert ist, benannt zu werden.</translation>
    </message>
    <message>
        <source>Improve %1</source>
        <translation>%1 verbessern</translation>
    </message>
    <message>
        <source>%1: get to level %2 — %3</source>
        <translation>%1: Stufe %2 erreichen — %3</translation>
    </message>
    <message>
        <source>Add gap for %1</source>
        <translation>Lücke für %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepImportDialog</name>
    <message>
        <source>%1&apos;s preparation for the meeting on %2</source>
        <translation>Vorbereitung von %1 für das Gespräch am %2</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>In dieser Datenbank</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Im Paket</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take from the package</source>
        <translation>Aus dem Paket übernehmen</translation>
    </message>
    <message>
        <source>Also imported, as this session has none yet: %1.</source>
        <translation>Ebenfalls importiert, da dieses Gespräch noch keine hat: %1.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1: keep mine</source>
        <translation>%1: meine behalten</translation>
    </message>
    <message>
        <source>%1: take from the package</source>
        <translation>%1: aus dem Paket übernehmen</translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepLastTimePage</name>
    <message>
        <source>Carried forward</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>One of the vital few: %1</source>
        <translation>Eine der entscheidenden Maßnahmen: %1</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>The session whose plan made this action</source>
        <translation>Das Gespräch, in dessen Plan diese Maßnahme entstand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>What became of the action: done, dropped, or carried into the next period</source>
        <translation>Was aus der Maßnahme wurde: erledigt, verworfen oder in den nächsten Zeitraum übernommen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What happened; choose an outcome first</source>
        <translation>Was passiert ist; wählen Sie zuerst ein Ergebnis</translation>
    </message>
    <message>
        <source>Looking back on the session of %1, which reviewed %2.</source>
        <translation>Rückblick auf das Gespräch vom %1, das den Zeitraum %2 betrachtete.</translation>
    </message>
    <message>
        <source>No focus was written last time.</source>
        <translation>Letztes Mal wurde kein Fokus formuliert.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Strategies kept and started last time: decide again in the Strategies step</source>
        <translation>Letztes Mal beibehaltene und begonnene Strategien: im Schritt Strategien erneut entscheiden</translation>
    </message>
    <message>
        <source>No strategies were kept or started last time.</source>
        <translation>Letztes Mal wurden keine Strategien beibehalten oder begonnen.</translation>
    </message>
    <message>
        <source>an earlier session</source>
        <translation>ein früheres Gespräch</translation>
    </message>
    <message>
        <source>No open actions to review: the last plan is done.</source>
        <translation>Keine offenen Maßnahmen zu prüfen: Der letzte Plan ist erledigt.</translation>
    </message>
    <message>
        <source>The action is reviewed.</source>
        <translation>Die Maßnahme ist geprüft.</translation>
    </message>
    <message>
        <source>All %1 actions reviewed.</source>
        <translation>Alle %1 Maßnahmen geprüft.</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed. Select an action and choose its outcome; one left unreviewed stays open.</source>
        <translation>%1 von %2 geprüft. Wählen Sie eine Maßnahme und ihr Ergebnis; eine ungeprüfte Maßnahme bleibt offen.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an action to see its history.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Maßnahme, um ihren Verlauf zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Planned in the session of %1</source>
        <translation>Geplant im Gespräch vom %1</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, fällig %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This session: %1</source>
        <translation>Dieses Gespräch: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;not reviewed yet&lt;/i&gt;</source>
        <translation>&lt;i&gt;noch nicht geprüft&lt;/i&gt;</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepPlanPage</name>
    <message>
        <source>&amp;Focus for %1</source>
        <translation>&amp;Fokus für %1</translation>
    </message>
    <message>
        <source>Focus for %1</source>
        <translation>Fokus für %1</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Where my sales came from, %1</source>
        <translation>Woher meine Umsätze kamen, %1</translation>
    </message>
    <message>
        <source>Edit focus</source>
        <translation>Fokus bearbeiten</translation>
    </message>
    <message>
        <source>Add the actions you will take, then mark the one or few that will make the most difference as vital few: at most a fifth of the plan.</source>
        <translation>Fügen Sie die Maßnahmen hinzu, die Sie ergreifen werden, und markieren Sie dann die eine oder wenigen, die den größten Unterschied machen, als entscheidend: höchstens ein Fünftel des Plans.</translation>
    </message>
    <message>
        <source>%1 of %2 marked vital few; at most %3 may be.</source>
        <translation>%1 von %2 als entscheidend markiert; höchstens %3 dürfen es sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepReadyPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mark the preparation ready</source>
        <translation>Vorbereitung als bereit markieren</translation>
    </message>
    <message>
        <source>1 action from an earlier session is not reviewed yet: it stays open.</source>
        <translation>1 Maßnahme aus einem früheren Gespräch ist noch nicht geprüft: Sie bleibt offen.</translation>
    </message>
    <message>
        <source>%1 actions from earlier sessions are not reviewed yet: they stay open.</source>
        <translation>%1 Maßnahmen aus früheren Gesprächen sind noch nicht geprüft: Sie bleiben offen.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>✓ Every part of the preparation is filled in.</source>
        <translation>✓ Jeder Teil der Vorbereitung ist ausgefüllt.</translation>
    </message>
    <message>
        <source>Click a line to go to its step.</source>
        <translation>Klicken Sie auf eine Zeile, um zu ihrem Schritt zu gelangen.</translation>
    </message>
    <message>
        <source>My manager will see it is ready.</source>
        <translation>Meine Führungskraft wird sehen, dass sie bereit ist.</translation>
    </message>
    <message>
        <source>I can mark it ready now and still fill in the rest before the meeting.</source>
        <translation>Ich kann sie jetzt als bereit markieren und den Rest trotzdem vor dem Gespräch ausfüllen.</translation>
    </message>
    <message>
        <source>The preparation is marked ready; I can still change it before the meeting.</source>
        <translation>Die Vorbereitung ist als bereit markiert; ich kann sie vor dem Gespräch noch ändern.</translation>
    </message>
    <message>
        <source>The meeting has started.</source>
        <translation>Das Gespräch hat begonnen.</translation>
    </message>
    <message>
        <source>The session is closed; it is kept as a record.</source>
        <translation>Das Gespräch ist abgeschlossen; es wird als Protokoll aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still empty or worth a second look.</source>
        <translation>
            <numerusform>%n Punkt ist noch leer oder einen zweiten Blick wert.</numerusform>
            <numerusform>%n Punkte sind noch leer oder einen zweiten Blick wert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepResultsPage</name>
    <message>
        <source>&amp;Add metric</source>
        <translation>&amp;Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Period: %1 (%2)</source>
        <translation>Zeitraum: %1 (%2)</translation>
    </message>
    <message>
        <source>Prefill results</source>
        <translation>Ergebnisse vorbelegen</translation>
    </message>
    <message>
        <source>The metrics and targets come from the session of %1; its actuals are this period&apos;s previous values.</source>
        <translation>Die Kennzahlen und Ziele stammen aus dem Gespräch vom %1; dessen Ist-Werte sind die Vorperiodenwerte dieses Zeitraums.</translation>
    </message>
    <message>
        <source>1 actual comes from this period&apos;s sales records.</source>
        <translation>1 Ist-Wert stammt aus den Verkaufsdaten dieses Zeitraums.</translation>
    </message>
    <message>
        <source>%1 actuals come from this period&apos;s sales records.</source>
        <translation>%1 Ist-Werte stammen aus den Verkaufsdaten dieses Zeitraums.</translation>
    </message>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>The previous session has no results to start from.</source>
        <translation>Das vorige Gespräch hat keine Ergebnisse, mit denen man beginnen könnte.</translation>
    </message>
    <message>
        <source>Fill from previous session</source>
        <translation>Aus vorigem Gespräch übernehmen</translation>
    </message>
    <message>
        <source>Replace your %1 with the metrics and targets of the session of %2?</source>
        <translation>%1 durch die Kennzahlen und Ziele des Gesprächs vom %2 ersetzen?</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 Ergebnisse</translation>
    </message>
    <message>
        <source>Fill results from previous session</source>
        <translation>Ergebnisse aus vorigem Gespräch übernehmen</translation>
    </message>
    <message>
        <source>Filled %1 from the session of %2. Undo with Ctrl+Z.</source>
        <translation>%1 aus dem Gespräch vom %2 übernommen. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>There are no sales records in this period yet: import them first.</source>
        <translation>In diesem Zeitraum gibt es noch keine Verkaufsdaten: Importieren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Fill results from sales data</source>
        <translation>Ergebnisse aus Verkaufsdaten füllen</translation>
    </message>
    <message>
        <source>Every result the sales records can give already has an actual figure; clear an actual to fill it again.</source>
        <translation>Jedes Ergebnis, das die Verkaufsdaten liefern können, hat bereits einen Ist-Wert; leeren Sie einen Ist-Wert, um ihn erneut zu füllen.</translation>
    </message>
    <message>
        <source>Filled %1 from %2 sales records. Undo with Ctrl+Z.</source>
        <translation>%1 aus %2 Verkaufsdatensätzen gefüllt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>None of them fall in this session&apos;s period.</source>
        <translation>Keiner davon fällt in den Zeitraum dieses Gesprächs.</translation>
    </message>
    <message>
        <source>%1 sales records from %2.</source>
        <translation>%1 Verkaufsdatensätze aus %2.</translation>
    </message>
    <message>
        <source>No sales records from %1 yet: import a CSV export of your sales to fill the actuals and see your 80/20.</source>
        <translation>Noch keine Verkaufsdaten von %1: Importieren Sie einen CSV-Export Ihrer Verkäufe, um die Ist-Werte zu füllen und Ihre 80/20-Verteilung zu sehen.</translation>
    </message>
    <message>
        <source>Add your main metric to see what your manager will read.</source>
        <translation>Fügen Sie Ihre wichtigste Kennzahl hinzu, um zu sehen, was Ihre Führungskraft lesen wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s)</source>
        <translation>
            <numerusform>%n Kennzahl</numerusform>
            <numerusform>%n Kennzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s)</source>
        <translation>
            <numerusform>%n Ist-Wert</numerusform>
            <numerusform>%n Ist-Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new sales record(s).</source>
        <translation>
            <numerusform>%Ln neuer Verkaufsdatensatz importiert.</numerusform>
            <numerusform>%Ln neue Verkaufsdatensätze importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actual(s) filled from this period&apos;s records; undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Ist-Wert aus den Daten dieses Zeitraums gefüllt; rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Ist-Werte aus den Daten dieses Zeitraums gefüllt; rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepSelfAuditPage</name>
    <message>
        <source>Score %1</source>
        <translation>Mit %1 bewerten</translation>
    </message>
    <message>
        <source>Your score in the previous session</source>
        <translation>Ihre Bewertung im vorigen Gespräch</translation>
    </message>
    <message>
        <source>Change since the previous session</source>
        <translation>Veränderung seit dem vorigen Gespräch</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (nicht mehr geführt)</translation>
    </message>
    <message>
        <source>%1 of %2 skills scored.</source>
        <translation>%1 von %2 Fähigkeiten bewertet.</translation>
    </message>
    <message>
        <source>Since last session: %1 higher, %2 lower.</source>
        <translation>Seit dem letzten Gespräch: %1 höher, %2 niedriger.</translation>
    </message>
    <message>
        <source>There are no scores from an earlier session to compare.</source>
        <translation>Es gibt keine Bewertungen aus einem früheren Gespräch zum Vergleich.</translation>
    </message>
    <message>
        <source>Select a skill</source>
        <translation>Wählen Sie eine Fähigkeit</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>Last session: %1 of 5</source>
        <translation>Letztes Gespräch: %1 von 5</translation>
    </message>
    <message>
        <source>Not scored last session.</source>
        <translation>Im letzten Gespräch nicht bewertet.</translation>
    </message>
    <message>
        <source>No earlier session to compare with.</source>
        <translation>Kein früheres Gespräch zum Vergleich.</translation>
    </message>
    <message>
        <source>What shows this score? A deal, a call, feedback from a customer…</source>
        <translation>Was belegt diese Bewertung? Ein Abschluss, ein Telefonat, Feedback eines Kunden …</translation>
    </message>
    <message>
        <source>Choose a score first.</source>
        <translation>Wählen Sie zuerst eine Bewertung.</translation>
    </message>
    <message>
        <source>Edit evidence for %1</source>
        <translation>Belege für %1 bearbeiten</translation>
    </message>
    <message>
        <source>Clear the score of %1</source>
        <translation>Bewertung von %1 löschen</translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepStrategiesPage</name>
    <message>
        <source>&amp;Add strategy</source>
        <translation>&amp;Strategie hinzufügen</translation>
    </message>
    <message>
        <source>Review last time&apos;s strategies</source>
        <translation>Strategien vom letzten Mal prüfen</translation>
    </message>
    <message>
        <source>No strategies yet.</source>
        <translation>Noch keine Strategien.</translation>
    </message>
    <message>
        <source>Keep %1 · drop %2 · start %3.</source>
        <translation>Beibehalten %1 · aufgeben %2 · neu beginnen %3.</translation>
    </message>
    <message>
        <source>Every strategy kept or started last time is listed.</source>
        <translation>Jede letztes Mal beibehaltene oder begonnene Strategie ist aufgeführt.</translation>
    </message>
    <message>
        <source>Add the strategies kept or started last time that are not listed yet (%1), to decide again whether to keep them</source>
        <translation>Die letztes Mal beibehaltenen oder begonnenen Strategien hinzufügen, die noch nicht aufgeführt sind (%1), um erneut zu entscheiden, ob sie bleiben</translation>
    </message>
</context>
<context>
    <name>reins::gui::PrepUpskillingPage</name>
    <message>
        <source>&amp;Add what I did</source>
        <translation>&amp;Hinzufügen, was ich getan habe</translation>
    </message>
    <message>
        <source>Nothing listed yet. Even a short article counts.</source>
        <translation>Noch nichts aufgeführt. Auch ein kurzer Artikel zählt.</translation>
    </message>
    <message>
        <source>One entry still says nothing about what I learned.</source>
        <translation>Ein Eintrag sagt noch nichts darüber, was ich gelernt habe.</translation>
    </message>
    <message>
        <source>%1 entries still say nothing about what I learned.</source>
        <translation>%1 Einträge sagen noch nichts darüber, was ich gelernt habe.</translation>
    </message>
</context>
<context>
    <name>reins::gui::QuestionBankDialog</name>
    <message>
        <source>Put back the default questions of every stage</source>
        <translation>Die Standardfragen aller Phasen wiederherstellen</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
</context>
<context>
    <name>reins::gui::ReminderPanel</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not look for sessions coming up: %1</source>
        <translation>Anstehende Gespräche konnten nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>A session in the next %1 days is not prepared yet</source>
        <translation>Ein Gespräch in den nächsten %1 Tagen ist noch nicht vorbereitet</translation>
    </message>
    <message>
        <source>%1 sessions in the next %2 days are not prepared yet</source>
        <translation>%1 Gespräche in den nächsten %2 Tagen sind noch nicht vorbereitet</translation>
    </message>
    <message>
        <source>More sessions are coming up unprepared; each salesperson&apos;s list shows them all.</source>
        <translation>Weitere Gespräche stehen unvorbereitet an; die Liste jeder Person zeigt sie alle.</translation>
    </message>
    <message>
        <source>Everything is filled in; not marked ready yet</source>
        <translation>Alles ist ausgefüllt; noch nicht als bereit markiert</translation>
    </message>
    <message>
        <source>Still to do: %1</source>
        <translation>Noch zu tun: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the session with %1 to prepare it</source>
        <translation>Das Gespräch mit %1 öffnen, um es vorzubereiten</translation>
    </message>
    <message>
        <source>Open the session with %1 on %2</source>
        <translation>Das Gespräch mit %1 am %2 öffnen</translation>
    </message>
</context>
<context>
    <name>reins::gui::RestoreBackupDialog</name>
    <message>
        <source>There are no backups in %1 yet.</source>
        <translation>In %1 gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Sicherungen in %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Andere Datei …</translation>
    </message>
    <message>
        <source>Restore a backup saved elsewhere, such as one made with Back up now.</source>
        <translation>Eine anderswo gespeicherte Sicherung wiederherstellen, etwa eine mit „Jetzt sichern“ erstellte.</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <source>Reins databases (*.db)</source>
        <translation>Reins-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>reins::gui::ReviewMenu</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <source>&amp;Compare selected sessions</source>
        <translation>Ausgewählte Gespräche &amp;vergleichen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Put the 2 to 4 sessions selected in the list side by side</source>
        <translation>Die 2 bis 4 in der Liste ausgewählten Gespräche nebeneinanderstellen</translation>
    </message>
    <message>
        <source>Compare &amp;sessions…</source>
        <translation>&amp;Gespräche vergleichen …</translation>
    </message>
    <message>
        <source>Choose 2 to 4 sessions of one salesperson or of several to put side by side</source>
        <translation>2 bis 4 Gespräche einer oder mehrerer Personen zum Vergleich auswählen</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Entwicklung</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>The selected salesperson&apos;s results, self-audit, actions and coaching balance over time</source>
        <translation>Ergebnisse, Selbsteinschätzung, Maßnahmen und Coaching-Balance der ausgewählten Person im Zeitverlauf</translation>
    </message>
    <message>
        <source>Open &amp;actions</source>
        <translation>Offene &amp;Maßnahmen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Every open action across sessions, overdue first</source>
        <translation>Alle offenen Maßnahmen über alle Gespräche, überfällige zuerst</translation>
    </message>
    <message>
        <source>Sea&amp;rch…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search everything written in sessions</source>
        <translation>Alles durchsuchen, was in Gesprächen geschrieben wurde</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s view (show private notes)</source>
        <translation>Ansicht der &amp;Führungskraft (private Notizen zeigen)</translation>
    </message>
    <message>
        <source>Search the manager&apos;s private notes too</source>
        <translation>Auch die privaten Notizen der Führungskraft durchsuchen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the selected sessions (%1)</source>
        <translation>Die ausgewählten Gespräche vergleichen (%1)</translation>
    </message>
    <message>
        <source>Compare sessions</source>
        <translation>Gespräche vergleichen</translation>
    </message>
    <message>
        <source>Select at least two sessions to compare: hold Ctrl (or Shift) and click them in the list, or use Review → Compare sessions… to pick sessions of several salespeople.</source>
        <translation>Wählen Sie mindestens zwei Gespräche zum Vergleich: Halten Sie Strg (oder Umschalt) gedrückt und klicken Sie sie in der Liste an, oder wählen Sie über Auswertung → Gespräche vergleichen … Gespräche mehrerer Verkäufer/innen.</translation>
    </message>
    <message>
        <source>%1 sessions are selected; at most %2 fit side by side. Select fewer sessions.</source>
        <translation>%1 Gespräche sind ausgewählt; höchstens %2 passen nebeneinander. Wählen Sie weniger Gespräche.</translation>
    </message>
    <message>
        <source>Could not compare the sessions</source>
        <translation>Die Gespräche konnten nicht verglichen werden</translation>
    </message>
    <message>
        <source>Could not read the sessions</source>
        <translation>Die Gespräche konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>reins::gui::SalesImportDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Verkaufsphase</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Import sales data for %1</source>
        <translation>Verkaufsdaten für %1 importieren</translation>
    </message>
    <message>
        <source>Choose a CSV export of %1&apos;s sales. Each row becomes one sales record.</source>
        <translation>Wählen Sie einen CSV-Export der Verkäufe von %1. Jede Zeile wird zu einem Verkaufsdatensatz.</translation>
    </message>
    <message>
        <source>Choose a CSV export of %1&apos;s sales. Each row becomes one sales record; rows that are already among %1&apos;s %2 stored records are skipped.</source>
        <translation>Wählen Sie einen CSV-Export der Verkäufe von %1. Jede Zeile wird zu einem Verkaufsdatensatz; Zeilen, die bereits unter den %2 gespeicherten Datensätzen von %1 sind, werden übersprungen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Datei wird gelesen und geprüft …</translation>
    </message>
    <message>
        <source>Saving the sales records…</source>
        <translation>Verkaufsdaten werden gespeichert …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
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
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Point (1,234.56)</source>
        <translation>Punkt (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Komma (1.234,56)</translation>
    </message>
    <message>
        <source>The three-letter code of the amounts&apos; currency</source>
        <translation>Der dreistellige Code der Währung der Beträge</translation>
    </message>
    <message>
        <source>Choose a CSV file with sales data</source>
        <translation>CSV-Datei mit Verkaufsdaten wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei.</translation>
    </message>
    <message>
        <source>This is a folder. Choose a CSV file.</source>
        <translation>Dies ist ein Ordner. Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Detect (found: %1)</source>
        <translation>Erkennen (gefunden: %1)</translation>
    </message>
    <message>
        <source>“%1” cannot be read as CSV: %2.</source>
        <translation>„%1“ kann nicht als CSV gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty. Choose a file with a header row and rows of sales data.</source>
        <translation>„%1“ ist leer. Wählen Sie eine Datei mit einer Kopfzeile und Zeilen mit Verkaufsdaten.</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text (line %2 is the first that is not). Save it as UTF-8, for example as “CSV UTF-8” in Excel, and choose it again.</source>
        <translation>„%1“ ist kein UTF-8-Text (Zeile %2 ist die erste, die es nicht ist). Speichern Sie die Datei als UTF-8, etwa als „CSV UTF-8“ in Excel, und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>“%1” has a header row but no rows of sales data.</source>
        <translation>„%1“ hat eine Kopfzeile, aber keine Zeilen mit Verkaufsdaten.</translation>
    </message>
    <message>
        <source>Only one column was found. Choose the separator the file uses.</source>
        <translation>Es wurde nur eine Spalte gefunden. Wählen Sie das Trennzeichen, das die Datei verwendet.</translation>
    </message>
    <message>
        <source>%1 columns separated by %2 (detected)</source>
        <translation>%1 Spalten, getrennt durch %2 (erkannt)</translation>
    </message>
    <message>
        <source>%1 columns separated by %2</source>
        <translation>%1 Spalten, getrennt durch %2</translation>
    </message>
    <message>
        <source>%1 rows of sales data in %2.</source>
        <translation>%1 Zeilen mit Verkaufsdaten in %2.</translation>
    </message>
    <message>
        <source>%1; the preview shows the first %2 rows.</source>
        <translation>%1; die Vorschau zeigt die ersten %2 Zeilen.</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— nicht in der Datei —</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose the column that holds the date.</source>
        <translation>Wählen Sie die Spalte mit dem Datum.</translation>
    </message>
    <message>
        <source>Choose the column that holds the amount.</source>
        <translation>Wählen Sie die Spalte mit dem Betrag.</translation>
    </message>
    <message>
        <source>Enter the three-letter code of the currency, such as EUR.</source>
        <translation>Geben Sie den dreistelligen Code der Währung ein, z. B. EUR.</translation>
    </message>
    <message>
        <source>Not a date in the format %1</source>
        <translation>Kein Datum im Format %1</translation>
    </message>
    <message>
        <source>Not an amount with “%1” as decimal separator</source>
        <translation>Kein Betrag mit „%1“ als Dezimalzeichen</translation>
    </message>
    <message>
        <source>1 of the %1 rows shown has a date that is not in the format %2.</source>
        <translation>1 der %1 angezeigten Zeilen hat ein Datum, das nicht im Format %2 ist.</translation>
    </message>
    <message>
        <source>%1 of the %2 rows shown have a date that is not in the format %3.</source>
        <translation>%1 der %2 angezeigten Zeilen haben ein Datum, das nicht im Format %3 ist.</translation>
    </message>
    <message>
        <source>1 of the %1 rows shown has an amount that cannot be read with the decimal separator chosen.</source>
        <translation>1 der %1 angezeigten Zeilen hat einen Betrag, der mit dem gewählten Dezimalzeichen nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>%1 of the %2 rows shown have an amount that cannot be read with the decimal separator chosen.</source>
        <translation>%1 der %2 angezeigten Zeilen haben einen Betrag, der mit dem gewählten Dezimalzeichen nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>The import could not start: %1. Nothing was imported.</source>
        <translation>Der Import konnte nicht starten: %1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import failed: %1. Nothing was imported.</source>
        <translation>Der Import ist fehlgeschlagen: %1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>No new sales records: the one record in the file was already there.</source>
        <translation>Keine neuen Verkaufsdaten: Der eine Datensatz in der Datei war bereits vorhanden.</translation>
    </message>
    <message>
        <source>No new sales records: all %1 records in the file were already there.</source>
        <translation>Keine neuen Verkaufsdaten: Alle %1 Datensätze in der Datei waren bereits vorhanden.</translation>
    </message>
    <message>
        <source>Imported 1 new sales record</source>
        <translation>1 neuer Verkaufsdatensatz importiert</translation>
    </message>
    <message>
        <source>Imported %1 new sales records</source>
        <translation>%1 neue Verkaufsdatensätze importiert</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 (1 was already there).</source>
        <translation>%1 (1 war bereits vorhanden).</translation>
    </message>
    <message>
        <source>%1 (%2 were already there).</source>
        <translation>%1 (%2 waren bereits vorhanden).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has a problem. Fix it in the file or in the options above, then import again.</source>
        <translation>Es wurde nichts importiert: Die Datei hat ein Problem. Beheben Sie es in der Datei oder in den Optionen oben und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has %1 problems. Fix them in the file or in the options above, then import again.</source>
        <translation>Es wurde nichts importiert: Die Datei hat %1 Probleme. Beheben Sie sie in der Datei oder in den Optionen oben und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed.</source>
        <translation>Nur die ersten %1 sind aufgeführt.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>reins::gui::SalesImportJob</name>
    <message>
        <source>“%1” cannot be read: %2. Nothing was imported.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB. Split it into smaller files and import them one after the other. Nothing was imported.</source>
        <translation>„%1“ ist größer als %2 MB. Teilen Sie die Datei in kleinere Dateien auf und importieren Sie sie nacheinander. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text. Save it as UTF-8 (in Excel: “CSV UTF-8”) and import it again</source>
        <translation>die Datei ist kein UTF-8-Text. Speichern Sie sie als UTF-8 (in Excel: „CSV UTF-8“) und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>There is not enough memory to import this file at once. Split it into smaller files. Nothing was imported.</source>
        <translation>Es ist nicht genug Speicher vorhanden, um diese Datei auf einmal zu importieren. Teilen Sie sie in kleinere Dateien auf. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The sales records could not be saved (%1). Nothing was imported.</source>
        <translation>Die Verkaufsdaten konnten nicht gespeichert werden (%1). Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>reins::gui::SalesImportPreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3.</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>Importiert als %1</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
</context>
<context>
    <name>reins::gui::SearchResultsModel</name>
    <message>
        <source>A private note: only in the manager&apos;s view.</source>
        <translation>Eine private Notiz: nur in der Ansicht der Führungskraft.</translation>
    </message>
    <message>
        <source>Open the session at this part.</source>
        <translation>Das Gespräch an dieser Stelle öffnen.</translation>
    </message>
</context>
<context>
    <name>reins::gui::SearchWindow</name>
    <message>
        <source>Search sessions</source>
        <translation>Gespräche durchsuchen</translation>
    </message>
    <message>
        <source>Manager&apos;s view: private notes included</source>
        <translation>Ansicht der Führungskraft: mit privaten Notizen</translation>
    </message>
    <message>
        <source>Private notes are not searched</source>
        <translation>Private Notizen werden nicht durchsucht</translation>
    </message>
    <message>
        <source>Type a word or two. Every word must match; the start of a word is enough.</source>
        <translation>Geben Sie ein oder zwei Wörter ein. Jedes Wort muss passen; der Wortanfang genügt.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>The best %1 results, best first. Add a word to narrow them down.</source>
        <translation>Die besten %1 Treffer, die besten zuerst. Fügen Sie ein Wort hinzu, um sie einzugrenzen.</translation>
    </message>
    <message>
        <source>1 result.</source>
        <translation>1 Treffer.</translation>
    </message>
    <message>
        <source>Enter or double-click opens one.</source>
        <translation>Eingabetaste oder Doppelklick öffnet einen Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n results, best first.</source>
        <translation>
            <numerusform>%n Treffer, die besten zuerst.</numerusform>
            <numerusform>%n Treffer, die besten zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reins::gui::SessionSummaryView</name>
    <message>
        <source>The salesperson is at the keyboard: only their version is shown.</source>
        <translation>Der/die Verkäufer/in ist an der Tastatur: Nur seine/ihre Fassung wird angezeigt.</translation>
    </message>
    <message>
        <source>The salesperson&apos;s version leaves out your private notes.</source>
        <translation>Die Fassung für den/die Verkäufer/in lässt Ihre privaten Notizen weg.</translation>
    </message>
    <message>
        <source>The session could not be read: %1</source>
        <translation>Das Gespräch konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>reins::gui::SessionTableModel</name>
    <message>
        <source>No results yet</source>
        <translation>Noch keine Ergebnisse</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2% of target</source>
        <translation>%1 %2 % des Ziels</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Headline result</source>
        <translation>Kernergebnis</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
</context>
<context>
    <name>reins::gui::SessionWindow</name>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes stay in this window; Reins tries again with your next change.</source>
        <translation>Nicht gespeichert: %1 Ihre Änderungen bleiben in diesem Fenster; Reins versucht es bei Ihrer nächsten Änderung erneut.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The latest changes to this session could not be saved.</source>
        <translation>Die letzten Änderungen an diesem Gespräch konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Close &amp;without saving</source>
        <translation>Schließen &amp;ohne zu speichern</translation>
    </message>
    <message>
        <source>%1 · %2 — Reins</source>
        <translation>%1 · %2 — Reins</translation>
    </message>
    <message>
        <source>%1 — meeting on %2</source>
        <translation>%1 — Gespräch am %2</translation>
    </message>
    <message>
        <source>Reviews %1 · %2</source>
        <translation>Betrachtet %1 · %2</translation>
    </message>
    <message>
        <source> · with %1</source>
        <translation> · mit %1</translation>
    </message>
    <message>
        <source>Stage of the session: Draft → Ready → In meeting → Closed</source>
        <translation>Stand des Gesprächs: Entwurf → Bereit → Im Gespräch → Abgeschlossen</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Prepared by %1 before the meeting</source>
        <translation>Vorbereitet von %1 vor dem Gespräch</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Recorded by the manager in the meeting</source>
        <translation>Festgehalten von der Führungskraft im Gespräch</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Gesprächszusammenfassung</translation>
    </message>
    <message>
        <source>The whole session as one read-only document: the salesperson&apos;s version, or your own record</source>
        <translation>Das ganze Gespräch als ein schreibgeschütztes Dokument: die Fassung für den/die Verkäufer/in oder Ihr eigenes Protokoll</translation>
    </message>
</context>
<context>
    <name>reins::gui::SharingMenu</name>
    <message>
        <source>&amp;Export preparation…</source>
        <translation>Vorbereitung &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write the selected session&apos;s preparation to a file for the other laptop</source>
        <translation>Die Vorbereitung des ausgewählten Gesprächs in eine Datei für den anderen Laptop schreiben</translation>
    </message>
    <message>
        <source>&amp;Import preparation…</source>
        <translation>Vorbereitung &amp;importieren …</translation>
    </message>
    <message>
        <source>Bring in a preparation written on another laptop</source>
        <translation>Eine auf einem anderen Laptop geschriebene Vorbereitung übernehmen</translation>
    </message>
    <message>
        <source>Export s&amp;ummary…</source>
        <translation>&amp;Zusammenfassung exportieren …</translation>
    </message>
    <message>
        <source>Write the selected session&apos;s summary as PDF or Markdown</source>
        <translation>Die Zusammenfassung des ausgewählten Gesprächs als PDF oder Markdown schreiben</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Zusammenfassung &amp;drucken …</translation>
    </message>
    <message>
        <source>Print the selected session&apos;s summary</source>
        <translation>Die Zusammenfassung des ausgewählten Gesprächs drucken</translation>
    </message>
    <message>
        <source>Export to &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Write the selected salesperson&apos;s results, actions or scores for a spreadsheet</source>
        <translation>Ergebnisse, Maßnahmen oder Bewertungen der ausgewählten Person für eine Tabellenkalkulation schreiben</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern …</translation>
    </message>
    <message>
        <source>Write a checked copy of the database</source>
        <translation>Eine geprüfte Kopie der Datenbank schreiben</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Go back to a backup; the current database is kept aside</source>
        <translation>Zu einer Sicherung zurückkehren; die aktuelle Datenbank wird beiseitegelegt</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backed up the database to %1.</source>
        <translation>Die Datenbank wurde nach %1 gesichert.</translation>
    </message>
    <message>
        <source>Export preparation</source>
        <translation>Vorbereitung exportieren</translation>
    </message>
    <message>
        <source>The session could not be read.</source>
        <translation>Das Gespräch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reins preparation (*.reinsprep)</source>
        <translation>Reins-Vorbereitung (*.reinsprep)</translation>
    </message>
    <message>
        <source>Wrote %1&apos;s preparation to %2. It holds nothing manager-only.</source>
        <translation>Die Vorbereitung von %1 wurde nach %2 geschrieben. Sie enthält nichts, was nur für die Führungskraft bestimmt ist.</translation>
    </message>
    <message>
        <source>Import preparation</source>
        <translation>Vorbereitung importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is not a preparation Reins can import.</source>
        <translation>„%1“ ist keine Vorbereitung, die Reins importieren kann.</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Is this the same %1?</source>
        <translation>Ist das dieselbe Person (%1)?</translation>
    </message>
    <message>
        <source>The preparation comes from %1 (%2). The team has a %3 with another email address (%4).</source>
        <translation>Die Vorbereitung stammt von %1 (%2). Im Team gibt es eine Person mit der Rolle %3 und einer anderen E-Mail-Adresse (%4).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Same person, import</source>
        <translation>&amp;Dieselbe Person, importieren</translation>
    </message>
    <message>
        <source>%1 is not in the team yet.</source>
        <translation>%1 ist noch nicht im Team.</translation>
    </message>
    <message>
        <source>Add %1 (%2) as a salesperson and import the preparation?</source>
        <translation>%1 (%2) als Verkäufer/in hinzufügen und die Vorbereitung importieren?</translation>
    </message>
    <message>
        <source>&amp;Add and import</source>
        <translation>&amp;Hinzufügen und importieren</translation>
    </message>
    <message>
        <source>The backup before the import failed, so nothing was imported.</source>
        <translation>Die Sicherung vor dem Import ist fehlgeschlagen, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is unchanged.</source>
        <translation>Es wurde nichts importiert; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Kept this database&apos;s preparation for %1&apos;s meeting on %2.</source>
        <translation>Die Vorbereitung dieser Datenbank für das Gespräch mit %1 am %2 wurde behalten.</translation>
    </message>
    <message>
        <source>Imported %1&apos;s %2 for the meeting on %3.</source>
        <translation>%2 von %1 für das Gespräch am %3 importiert.</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source> manager&apos;s record</source>
        <translation> Protokoll der Führungskraft</translation>
    </message>
    <message>
        <source> summary</source>
        <translation> Zusammenfassung</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown text (*.md)</source>
        <translation>Markdown-Text (*.md)</translation>
    </message>
    <message>
        <source>Session summary: %1</source>
        <translation>Gesprächszusammenfassung: %1</translation>
    </message>
    <message>
        <source>Wrote the summary to %1.</source>
        <translation>Die Zusammenfassung wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>Sent the summary to the printer.</source>
        <translation>Die Zusammenfassung wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Select a salesperson first: the export holds their sessions.</source>
        <translation>Wählen Sie zuerst eine/n Verkäufer/in: Der Export enthält die Gespräche dieser Person.</translation>
    </message>
    <message>
        <source>The sessions could not be read.</source>
        <translation>Die Gespräche konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>self-audit scores</source>
        <translation>Bewertungen der Selbsteinschätzung</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1&apos;s %2 to %3.</source>
        <translation>%2 von %1 wurden nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Reins backup %1.db</source>
        <translation>Reins-Sicherung %1.db</translation>
    </message>
    <message>
        <source>Reins databases (*.db)</source>
        <translation>Reins-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>That is the database itself.</source>
        <translation>Das ist die Datenbank selbst.</translation>
    </message>
    <message>
        <source>Choose another file for the backup.</source>
        <translation>Wählen Sie eine andere Datei für die Sicherung.</translation>
    </message>
    <message>
        <source>The backup was not written.</source>
        <translation>Die Sicherung wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Backed up to %1 and checked it.</source>
        <translation>Nach %1 gesichert und geprüft.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The database could not be opened again, so Reins will close.

%1%2</source>
        <translation>Die Datenbank konnte nicht erneut geöffnet werden, daher wird Reins geschlossen.

%1%2</translation>
    </message>
    <message>
        <source>

The database as it was before is kept at %1.</source>
        <translation>

Die Datenbank im vorherigen Zustand liegt unter %1.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database as it was before the restore is kept, not deleted, at:
%1</source>
        <translation>Die Datenbank im Zustand vor der Wiederherstellung wird aufbewahrt, nicht gelöscht, unter:
%1</translation>
    </message>
</context>
<context>
    <name>reins::gui::SummaryOptionsDialog</name>
    <message>
        <source>The manager&apos;s own record of the meeting: keep it to yourself.</source>
        <translation>Das eigene Protokoll der Führungskraft über das Gespräch: Behalten Sie es für sich.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
</context>
<context>
    <name>reins::gui::TeamModel</name>
    <message>
        <source>No manager</source>
        <translation>Keine Führungskraft</translation>
    </message>
    <message>
        <source>Salespeople who have no manager yet. Edit a salesperson to choose one.</source>
        <translation>Verkäufer/innen, die noch keine Führungskraft haben. Bearbeiten Sie eine/n Verkäufer/in, um eine zu wählen.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>reins::gui::TrendsWindow</name>
    <message>
        <source>Could not read the team</source>
        <translation>Das Team konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the trends</source>
        <translation>Die Entwicklung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Trends – %1</source>
        <translation>Entwicklung – %1</translation>
    </message>
    <message>
        <source>%1&apos;s trends</source>
        <translation>Entwicklung von %1</translation>
    </message>
    <message>
        <source>Choose a salesperson to see their trends.</source>
        <translation>Wählen Sie eine/n Verkäufer/in, um die Entwicklung zu sehen.</translation>
    </message>
    <message>
        <source>No sessions with %1 yet.

Trends appear here once %1 has prepared a session or two: results against target, the self-audit, actions done and the coaching balance.</source>
        <translation>Noch keine Gespräche mit %1.

Die Entwicklung erscheint hier, sobald %1 ein oder zwei Gespräche vorbereitet hat: Ergebnisse gegenüber dem Ziel, die Selbsteinschätzung, erledigte Maßnahmen und die Coaching-Balance.</translation>
    </message>
    <message>
        <source>One session so far.</source>
        <translation>Bisher ein Gespräch.</translation>
    </message>
    <message>
        <source>Over %1 sessions.</source>
        <translation>Über %1 Gespräche.</translation>
    </message>
    <message>
        <source>Hover a point for its value.</source>
        <translation>Zeigen Sie auf einen Punkt, um seinen Wert zu sehen.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>%1 against target</source>
        <translation>%1 gegenüber dem Ziel</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Ist: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>%1% of target</source>
        <translation>%1 % des Ziels</translation>
    </message>
    <message>
        <source>Self-audit per skill group</source>
        <translation>Selbsteinschätzung je Fähigkeitsgruppe</translation>
    </message>
    <message>
        <source>%1 · %2
Average self-audit: %3 / 5</source>
        <translation>%1 · %2
Durchschnittliche Selbsteinschätzung: %3 / 5</translation>
    </message>
    <message>
        <source>Self-audit: %1 against %2</source>
        <translation>Selbsteinschätzung: %1 gegenüber %2</translation>
    </message>
    <message>
        <source>Self-audit then and now</source>
        <translation>Selbsteinschätzung damals und heute</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Planned actions done</source>
        <translation>Erledigte geplante Maßnahmen</translation>
    </message>
    <message>
        <source>Done (% of the plan)</source>
        <translation>Erledigt (% des Plans)</translation>
    </message>
    <message>
        <source>Planned on %1
%2% of the actions done</source>
        <translation>Geplant am %1
%2 % der Maßnahmen erledigt</translation>
    </message>
    <message>
        <source>Coaching balance</source>
        <translation>Coaching-Balance</translation>
    </message>
    <message>
        <source>Time on solutions</source>
        <translation>Zeit für Lösungen</translation>
    </message>
    <message>
        <source>Goal 90%</source>
        <translation>Ziel 90 %</translation>
    </message>
    <message>
        <source>%1
%2% of the meeting on solutions (goal 90%)</source>
        <translation>%1
%2 % des Gesprächs für Lösungen (Ziel 90 %)</translation>
    </message>
</context>
<context>
    <name>reins::questions</name>
    <message>
        <source>What are you most pleased with in this period&apos;s results?</source>
        <translation>Womit sind Sie bei den Ergebnissen dieses Zeitraums am zufriedensten?</translation>
    </message>
    <message>
        <source>What does the data tell you about this period?</source>
        <translation>Was sagen Ihnen die Zahlen über diesen Zeitraum?</translation>
    </message>
    <message>
        <source>Which result surprised you, for better or worse?</source>
        <translation>Welches Ergebnis hat Sie überrascht, im Guten wie im Schlechten?</translation>
    </message>
    <message>
        <source>What was different this period from the last?</source>
        <translation>Was war in diesem Zeitraum anders als im letzten?</translation>
    </message>
    <message>
        <source>Which internal and external factors influenced these results?</source>
        <translation>Welche internen und externen Faktoren haben diese Ergebnisse beeinflusst?</translation>
    </message>
    <message>
        <source>Which of these factors were within your influence?</source>
        <translation>Welche dieser Faktoren lagen in Ihrem Einfluss?</translation>
    </message>
    <message>
        <source>What did you try that worked, and what did not?</source>
        <translation>Was haben Sie ausprobiert, und was hat funktioniert, was nicht?</translation>
    </message>
    <message>
        <source>What can you influence in the period ahead?</source>
        <translation>Was können Sie im kommenden Zeitraum beeinflussen?</translation>
    </message>
    <message>
        <source>Which 20% of your actions will make 80% of the difference?</source>
        <translation>Welche 20 % Ihrer Maßnahmen bewirken 80 % des Unterschieds?</translation>
    </message>
    <message>
        <source>What will you keep doing, stop doing and start doing?</source>
        <translation>Was behalten Sie bei, was lassen Sie, und was fangen Sie neu an?</translation>
    </message>
    <message>
        <source>How will you know by the next session that it is working?</source>
        <translation>Woran erkennen Sie bis zum nächsten Gespräch, dass es wirkt?</translation>
    </message>
    <message>
        <source>How can I help you achieve a great result next period?</source>
        <translation>Wie kann ich Ihnen helfen, im nächsten Zeitraum ein großartiges Ergebnis zu erzielen?</translation>
    </message>
    <message>
        <source>What is in your way that I can remove?</source>
        <translation>Was steht Ihnen im Weg, das ich aus dem Weg räumen kann?</translation>
    </message>
    <message>
        <source>Who else could help you, and how can I connect you?</source>
        <translation>Wer könnte Ihnen noch helfen, und wie kann ich den Kontakt herstellen?</translation>
    </message>
</context>
<context>
    <name>reins::stages</name>
    <message>
        <source>The salesperson has not marked the preparation ready yet. The session belongs to them: ask them to finish it, or mark it ready together first.</source>
        <translation>Die Vorbereitung ist noch nicht als bereit markiert. Das Gespräch gehört dem Verkäufer bzw. der Verkäuferin: Bitten Sie darum, sie abzuschließen, oder markieren Sie sie gemeinsam als bereit.</translation>
    </message>
    <message>
        <source>A session is closed at the end of its meeting, not before it was held.</source>
        <translation>Ein Gespräch wird am Ende des Treffens abgeschlossen, nicht bevor es stattgefunden hat.</translation>
    </message>
    <message>
        <source>Start the meeting before closing the session.</source>
        <translation>Beginnen Sie das Gespräch, bevor Sie es abschließen.</translation>
    </message>
    <message>
        <source>The meeting has started; go back to Ready first to change the preparation.</source>
        <translation>Das Gespräch hat begonnen; setzen Sie es zuerst auf „Bereit“ zurück, um die Vorbereitung zu ändern.</translation>
    </message>
    <message>
        <source>A closed session is a record of the meeting. Its content can be corrected, but it cannot be reopened.</source>
        <translation>Ein abgeschlossenes Gespräch ist das Protokoll des Treffens. Sein Inhalt lässt sich berichtigen, aber es kann nicht wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>That change of stage is not possible.</source>
        <translation>Dieser Wechsel der Phase ist nicht möglich.</translation>
    </message>
</context>
</TS>
