<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountStatus</name>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>needs reconnect</source>
        <translation>muss neu verbunden werden</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>An organisation needs a name.</source>
        <translation>Eine Organisation braucht einen Namen.</translation>
    </message>
    <message>
        <source>This account is already in Kurzdraht.</source>
        <translation>Dieses Konto ist schon in Kurzdraht.</translation>
    </message>
    <message>
        <source>Kurzdraht does not know the network “%1”.</source>
        <translation>Kurzdraht kennt das Netzwerk „%1“ nicht.</translation>
    </message>
    <message>
        <source>There is no account with the number %1.</source>
        <translation>Es gibt kein Konto mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation>Noch keine Konten verbunden</translation>
    </message>
    <message>
        <source>Kurzdraht will connect your Mastodon, Bluesky and WordPress accounts first; Facebook, Instagram, X, LinkedIn and YouTube follow. Until then you can look around in a sample workspace.</source>
        <translation>Kurzdraht verbindet zuerst eure Mastodon-, Bluesky- und WordPress-Konten; Facebook, Instagram, X, LinkedIn und YouTube folgen. Bis dahin könnt ihr euch in einem Beispiel-Arbeitsbereich umsehen.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Beispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation>Konten werden geladen</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>connected accounts</source>
        <translation>verbundene Konten</translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation>Konten auflisten</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>JSON für Skripte ausgeben</translation>
    </message>
    <message>
        <source>saved drafts</source>
        <translation>gespeicherte Entwürfe</translation>
    </message>
    <message>
        <source>list drafts, newest first</source>
        <translation>Entwürfe auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>comments, replies and mentions, newest first</source>
        <translation>Kommentare, Antworten und Erwähnungen, neueste zuerst</translation>
    </message>
    <message>
        <source>only comments not yet done</source>
        <translation>nur noch nicht erledigte Kommentare</translation>
    </message>
    <message>
        <source>how many to show (default 50)</source>
        <translation>wie viele angezeigt werden (Standard 50)</translation>
    </message>
    <message>
        <source>No accounts yet. Connect one in Kurzdraht&apos;s Accounts section.</source>
        <translation>Noch keine Konten. Verbinde eines im Bereich „Konten“ von Kurzdraht.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No drafts yet.</source>
        <translation>Noch keine Entwürfe.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation>Der Posteingang ist leer.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Kurzdraht, the social media manager for social organisations. Without a command, the app opens.</source>
        <translation>Kurzdraht, die Social-Media-Verwaltung für soziale Organisationen. Ohne Befehl öffnet sich die App.</translation>
    </message>
    <message>
        <source>use a sample workspace in a temporary folder</source>
        <translation>einen Beispiel-Arbeitsbereich in einem temporären Ordner verwenden</translation>
    </message>
    <message>
        <source>data folder to use (default: KURZDRAHT_HOME or the system&apos;s user data folder)</source>
        <translation>zu verwendender Datenordner (Standard: KURZDRAHT_HOME oder der Benutzerdatenordner des Systems)</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <source>Scheduled and published posts will appear here by day and week, so you can see at a glance what goes out when.</source>
        <translation>Geplante und veröffentlichte Beiträge erscheinen hier nach Tag und Woche, damit ihr auf einen Blick seht, was wann rausgeht.</translation>
    </message>
    <message>
        <source>Connect your first account</source>
        <translation>Erstes Konto verbinden</translation>
    </message>
    <message>
        <source>Last 7 days and coming up</source>
        <translation>Letzte 7 Tage und demnächst</translation>
    </message>
    <message>
        <source>Loading the schedule</source>
        <translation>Zeitplan wird geladen</translation>
    </message>
</context>
<context>
    <name>ComposeSection</name>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation>Noch keine Entwürfe</translation>
    </message>
    <message>
        <source>Here you will write a post once, adjust it for each network and publish it to several accounts with one click, or keep it as a draft, even offline.</source>
        <translation>Hier schreibt ihr einen Beitrag einmal, passt ihn für jedes Netzwerk an und veröffentlicht ihn mit einem Klick auf mehreren Konten – oder behaltet ihn als Entwurf, auch offline.</translation>
    </message>
    <message>
        <source>Connect your first account</source>
        <translation>Erstes Konto verbinden</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading drafts</source>
        <translation>Entwürfe werden geladen</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Passwords are kept in your system&apos;s password store (%1).</source>
        <translation>Passwörter liegen im Passwortspeicher eures Systems (%1).</translation>
    </message>
    <message>
        <source>No password store was found on this computer, so Kurzdraht cannot keep account passwords safely. You can still write and save drafts. To connect accounts, use Windows Credential Manager, the macOS Keychain, or on Linux a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>Auf diesem Computer wurde kein Passwortspeicher gefunden, deshalb kann Kurzdraht Zugangsdaten nicht sicher aufbewahren. Entwürfe schreiben und speichern geht trotzdem. Um Konten zu verbinden, nutzt die Windows-Anmeldeinformationsverwaltung, den macOS-Schlüsselbund oder unter Linux einen Secret Service wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>An empty password cannot be saved.</source>
        <translation>Ein leeres Passwort kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The system password store refused the request (%1).</source>
        <translation>Der Passwortspeicher des Systems hat die Anfrage abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Diesen Entwurf gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>InboxSection</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>Noch keine Kommentare</translation>
    </message>
    <message>
        <source>Comments, replies and mentions from all your accounts will appear here in one list, so that no one&apos;s feedback gets lost. Connect an account to start.</source>
        <translation>Kommentare, Antworten und Erwähnungen aus allen euren Konten erscheinen hier in einer Liste, damit keine Rückmeldung verloren geht. Verbindet ein Konto, um zu beginnen.</translation>
    </message>
    <message>
        <source>Connect your first account</source>
        <translation>Erstes Konto verbinden</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n offener Kommentar</numerusform>
            <numerusform>%n offene Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting open comments</source>
        <translation>Offene Kommentare werden gezählt</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Something went wrong (%1). Details are in the log file.</source>
        <translation>Etwas ist schiefgegangen (%1). Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>KurzdrahtApp</name>
    <message>
        <source>Opening your data</source>
        <translation>Eure Daten werden geöffnet</translation>
    </message>
    <message>
        <source>Checking the password store</source>
        <translation>Passwortspeicher wird geprüft</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo workspace</source>
        <translation>Beispiel-Arbeitsbereich</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kurzdraht</source>
        <translation>&amp;Über Kurzdraht</translation>
    </message>
    <message>
        <source>About Kurzdraht</source>
        <translation>Über Kurzdraht</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kurzdraht %1&lt;/h3&gt;&lt;p&gt;One inbox, one composer and one calendar for the social media of social organisations.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kurzdraht %1&lt;/h3&gt;&lt;p&gt;Ein Posteingang, ein Editor und ein Kalender für die sozialen Medien sozialer Organisationen.&lt;/p&gt;&lt;p&gt;Eure Daten bleiben auf diesem Computer: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No password store found: drafting works, connecting accounts does not.</source>
        <translation>Kein Passwortspeicher gefunden: Entwürfe gehen, Konten verbinden nicht.</translation>
    </message>
</context>
<context>
    <name>ScheduleListModel</name>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Window size and position</source>
        <translation>Fenstergröße und -position</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>Fensteraufteilung</translation>
    </message>
    <message>
        <source>Last open section</source>
        <translation>Zuletzt geöffneter Bereich</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Offline: drafts are saved; publishing waits for the connection</source>
        <translation>○ Offline: Entwürfe werden gespeichert, Veröffentlichen wartet auf die Verbindung</translation>
    </message>
    <message>
        <source>Online status unknown</source>
        <translation>Verbindungsstatus unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The data file %1 is damaged or not a Kurzdraht database.</source>
        <translation>Die Datendatei %1 ist beschädigt oder keine Kurzdraht-Datenbank.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Kurzdraht (data version %1; this version understands up to %2). Please update Kurzdraht. Your data has not been changed.</source>
        <translation>Diese Daten wurden von einer neueren Kurzdraht-Version gespeichert (Datenversion %1; diese Version versteht bis %2). Bitte aktualisiert Kurzdraht. Eure Daten wurden nicht verändert.</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>praise</source>
        <translation>Lob</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
</TS>
