<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountPicker</name>
    <message>
        <source>Tick to post to every account of %1</source>
        <translation>Ankreuzen, um auf allen Konten von %1 zu posten</translation>
    </message>
    <message>
        <source>%1 only answers comments (in the Inbox); Kurzdraht cannot make posts there.</source>
        <translation>%1 beantwortet nur Kommentare (im Posteingang); Beiträge kann Kurzdraht dort nicht veröffentlichen.</translation>
    </message>
</context>
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
    <message>
        <source>An organisation&apos;s name can have at most %1 characters.</source>
        <translation>Der Name einer Organisation kann höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>%1 is not a colour; a colour is written like #2f6f9f.</source>
        <translation>%1 ist keine Farbe; eine Farbe wird so geschrieben: #2f6f9f.</translation>
    </message>
    <message>
        <source>%1 is not a time zone; a time zone is written like Europe/Berlin.</source>
        <translation>%1 ist keine Zeitzone; eine Zeitzone wird so geschrieben: Europe/Berlin.</translation>
    </message>
    <message>
        <source>%1 is there twice.</source>
        <translation>%1 steht zweimal da.</translation>
    </message>
    <message>
        <source>There already is an organisation called %1.</source>
        <translation>Es gibt schon eine Organisation namens %1.</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 still has accounts: move them to another organisation or remove them first.</source>
        <translation>%1 hat noch Konten: Verschiebe sie zuerst in eine andere Organisation oder entferne sie.</translation>
    </message>
    <message>
        <source>%1 has posts, which keep it: only an organisation without posts can be removed.</source>
        <translation>%1 hat Beiträge, die sie behalten: Nur eine Organisation ohne Beiträge kann entfernt werden.</translation>
    </message>
    <message>
        <source>%1 has its own developer apps: remove them first (Accounts → Developer apps…).</source>
        <translation>%1 hat eigene Entwickler-Apps: Entferne sie zuerst (Konten → Entwickler-Apps…).</translation>
    </message>
    <message>
        <source>The saved login could not be deleted from the system password store, so the account was kept. Please unlock the password store and try again. (%1)</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Passwortspeicher des Systems gelöscht werden, deshalb wurde das Konto behalten. Bitte entsperre den Passwortspeicher und versuche es noch einmal. (%1)</translation>
    </message>
    <message>
        <source>Several accounts are called “%1”: %2. Please use the handle instead.</source>
        <translation>Mehrere Konten heißen „%1“: %2. Bitte nimm stattdessen den Handle.</translation>
    </message>
    <message>
        <source>There is no account called “%1”.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Meine Organisation</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Posteingang: %1</translation>
    </message>
    <message>
        <source>Login ends on %1 – please reconnect before then.</source>
        <translation>Die Anmeldung endet am %1 – bitte verbinde das Konto vorher neu.</translation>
    </message>
    <message>
        <source>Login valid until %1</source>
        <translation>Anmeldung gültig bis %1</translation>
    </message>
    <message>
        <source>YouTube quota today: %1 of %2 units</source>
        <translation>YouTube-Kontingent heute: %1 von %2 Einheiten</translation>
    </message>
    <message>
        <source>This organisation is no longer in Kurzdraht.</source>
        <translation>Diese Organisation ist nicht mehr in Kurzdraht.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Connect your first account</source>
        <translation>Erstes Konto verbinden</translation>
    </message>
    <message>
        <source>Choose a network your organisation uses. You can connect more later in Accounts.</source>
        <translation>Wähle ein Netzwerk, das deine Organisation nutzt. Weitere kannst du später unter Konten verbinden.</translation>
    </message>
    <message>
        <source>Each network&apos;s page says what it needs: for most, you sign in in your browser and allow Kurzdraht there.</source>
        <translation>Die Seite jedes Netzwerks sagt, was es braucht: Bei den meisten meldest du dich im Browser an und erlaubst Kurzdraht dort den Zugriff.</translation>
    </message>
    <message>
        <source>✓ connected</source>
        <translation>✓ verbunden</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Connect a %1 account</source>
        <translation>Ein %1-Konto verbinden</translation>
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
        <source>Connect your organisation&apos;s accounts (Facebook, Instagram, Threads, X, LinkedIn, YouTube, Mastodon, Bluesky, its WordPress blog) to publish and answer comments from here. Or look around in a sample workspace first.</source>
        <translation>Verbinde die Konten deiner Organisation (Facebook, Instagram, Threads, X, LinkedIn, YouTube, Mastodon, Bluesky, ihr WordPress-Blog), um von hier aus zu veröffentlichen und Kommentare zu beantworten. Oder sieh dich zuerst in einem Beispiel-Arbeitsbereich um.</translation>
    </message>
    <message>
        <source>Connect an account…</source>
        <translation>Konto verbinden …</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Beispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden …</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Organisation…</source>
        <translation>Organisation …</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <source>Developer apps…</source>
        <translation>Entwickler-Apps …</translation>
    </message>
    <message>
        <source>Images via…</source>
        <translation>Bilder über …</translation>
    </message>
    <message>
        <source>The WordPress blog that puts this account&apos;s images on the web (Instagram, Threads)</source>
        <translation>Der WordPress-Blog, der die Bilder dieses Kontos ins Netz stellt (Instagram, Threads)</translation>
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
    <message>
        <source>The login of %1 ends within a week. Please reconnect it in Accounts.</source>
        <translation>Die Anmeldung von %1 endet innerhalb einer Woche. Bitte verbinde sie unter Konten neu.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Images via</source>
        <translation>Bilder über</translation>
    </message>
    <message>
        <source>%1 fetches images from the web. Which blog puts them there?</source>
        <translation>%1 holt Bilder aus dem Netz. Welcher Blog stellt sie dorthin?</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 ist verbunden.</translation>
    </message>
    <message>
        <source>Testing the connection of %1</source>
        <translation>Verbindung von %1 wird getestet</translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation>%1 funktioniert.</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>Name shown in Kurzdraht:</source>
        <translation>Name in Kurzdraht:</translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>This account belongs to:</source>
        <translation>Dieses Konto gehört zu:</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from Kurzdraht? Kurzdraht withdraws its access on %2 and deletes the saved login from this computer. Posts already published stay on %2.</source>
        <translation>%1 aus Kurzdraht entfernen? Kurzdraht gibt seinen Zugriff auf %2 zurück und löscht die gespeicherte Anmeldung von diesem Computer. Bereits veröffentlichte Beiträge bleiben auf %2.</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 ist entfernt.</translation>
    </message>
    <message>
        <source>%1 is removed. Kurzdraht may still have access on %2: you can withdraw it in the account&apos;s settings there.</source>
        <translation>%1 ist entfernt. Kurzdraht hat auf %2 womöglich noch Zugriff: Du kannst ihn dort in den Einstellungen des Kontos entziehen.</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
</context>
<context>
    <name>AnsweringPage</name>
    <message>
        <source>Answer time per week (hours)</source>
        <translation>Antwortzeit pro Woche (Stunden)</translation>
    </message>
    <message>
        <source>Tagged comments per month</source>
        <translation>Markierte Kommentare pro Monat</translation>
    </message>
    <message>
        <source>Open comments, by how long they have waited</source>
        <translation>Offene Kommentare, nach Wartezeit</translation>
    </message>
    <message>
        <source>Suggestions of this period, for the team meeting</source>
        <translation>Vorschläge aus diesem Zeitraum, für die Teamsitzung</translation>
    </message>
    <message>
        <source>Answering per account</source>
        <translation>Antworten pro Konto</translation>
    </message>
    <message>
        <source>%1 comments received, %2 answered from Kurzdraht.</source>
        <translation>%1 Kommentare erhalten, %2 aus Kurzdraht beantwortet.</translation>
    </message>
    <message>
        <source>Half were answered within %1, nine in ten within %2.</source>
        <translation>Die Hälfte wurde innerhalb von %1 beantwortet, neun von zehn innerhalb von %2.</translation>
    </message>
    <message>
        <source>No comments arrived in this period.</source>
        <translation>In diesem Zeitraum kamen keine Kommentare.</translation>
    </message>
    <message>
        <source>half within</source>
        <translation>die Hälfte innerhalb</translation>
    </message>
    <message>
        <source>nine in ten within</source>
        <translation>neun von zehn innerhalb</translation>
    </message>
    <message>
        <source>under a day: %1</source>
        <translation>unter einem Tag: %1</translation>
    </message>
    <message>
        <source>1–3 days: %1</source>
        <translation>1–3 Tage: %1</translation>
    </message>
    <message>
        <source>3–7 days: %1</source>
        <translation>3–7 Tage: %1</translation>
    </message>
    <message>
        <source>over a week: %1</source>
        <translation>über eine Woche: %1</translation>
    </message>
    <message>
        <source>No comment of this period is tagged as a suggestion.</source>
        <translation>Kein Kommentar aus diesem Zeitraum ist als Vorschlag markiert.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a week&apos;s Monday under a bar; Qt date format</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>a month under a bar; Qt date format</comment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>AttemptState</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>no answer yet, will check</source>
        <translation>noch keine Antwort, wird geprüft</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>wartet auf dich</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Kurzdraht backs up your data once a day when it starts, and keeps the latest ones. A folder on another drive keeps them safe when this computer fails. Backups already made stay where they are.</source>
        <translation>Kurzdraht sichert deine Daten einmal am Tag beim Start und behält die neuesten Sicherungen. Ein Ordner auf einem anderen Laufwerk bewahrt sie, wenn dieser Computer ausfällt. Schon gemachte Sicherungen bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>Aufbewahrte &amp;tägliche Sicherungen:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Latest backup: %1 in %2</source>
        <translation>Neueste Sicherung: %1 in %2</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>good</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no data to back up yet in %1.</source>
        <translation>In %1 gibt es noch keine Daten, die gesichert werden könnten.</translation>
    </message>
    <message>
        <source>The new backup failed its check, so it was not kept. Details are in the log file.</source>
        <translation>Die neue Sicherung hat die Prüfung nicht bestanden und wurde deshalb nicht behalten. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Please give the whole path of the folder for backups, e.g. %1.</source>
        <translation>Bitte gib den ganzen Pfad des Ordners für Sicherungen an, z. B. %1.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Kurzdraht cannot keep backups in %1: %2</source>
        <translation>Kurzdraht kann in %1 keine Sicherungen ablegen: %2</translation>
    </message>
    <message>
        <source>There is no good backup to restore in %1.</source>
        <translation>In %1 gibt es keine intakte Sicherung, die wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <source>There is no backup called “%1”. “kurzdraht backup list” shows them.</source>
        <translation>Es gibt keine Sicherung namens „%1“. „kurzdraht backup list“ zeigt alle Sicherungen.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged too, so it was not restored. Nothing was changed; choose another backup.</source>
        <translation>Die Sicherung %1 ist ebenfalls beschädigt und wurde deshalb nicht wiederhergestellt. Es wurde nichts geändert; wähle eine andere Sicherung.</translation>
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
        <source>connect an account</source>
        <translation>ein Konto verbinden</translation>
    </message>
    <message>
        <source>the organisation the account belongs to</source>
        <translation>die Organisation, zu der das Konto gehört</translation>
    </message>
    <message>
        <source>the name Kurzdraht shows for it</source>
        <translation>der Name, den Kurzdraht dafür zeigt</translation>
    </message>
    <message>
        <source>remove an account and its saved login</source>
        <translation>ein Konto und seine gespeicherte Anmeldung entfernen</translation>
    </message>
    <message>
        <source>the account&apos;s name as `accounts list` shows it</source>
        <translation>der Name des Kontos, wie `accounts list` ihn zeigt</translation>
    </message>
    <message>
        <source>test the connection of accounts</source>
        <translation>die Verbindung von Konten testen</translation>
    </message>
    <message>
        <source>only this account</source>
        <translation>nur dieses Konto</translation>
    </message>
    <message>
        <source>change the name Kurzdraht shows</source>
        <translation>den Namen ändern, den Kurzdraht zeigt</translation>
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
        <source>No password given: use --password-stdin (or --token-stdin) to pass it on standard input.</source>
        <translation>Kein Passwort angegeben: Übergib es mit --password-stdin (oder --token-stdin) auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>The password (or token) is empty. Nothing was changed.</source>
        <translation>Das Passwort (oder Token) ist leer. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Please choose the organisation with --organisation: %1</source>
        <translation>Bitte wähle die Organisation mit --organisation: %1</translation>
    </message>
    <message>
        <source>Connected %1 (%2, %3).</source>
        <translation>%1 verbunden (%2, %3).</translation>
    </message>
    <message>
        <source>Please approve Kurzdraht in your browser. If it does not open, visit:</source>
        <translation>Bitte erlaube Kurzdraht den Zugriff in deinem Browser. Falls er sich nicht öffnet, rufe auf:</translation>
    </message>
    <message>
        <source>After approving, copy the address your browser ended on and paste it here:</source>
        <translation>Kopiere nach dem Erlauben die Adresse, bei der dein Browser gelandet ist, und füge sie hier ein:</translation>
    </message>
    <message>
        <source>No address was pasted. Nothing was changed.</source>
        <translation>Es wurde keine Adresse eingefügt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Removed %1 and its saved login.</source>
        <translation>%1 und die gespeicherte Anmeldung wurden entfernt.</translation>
    </message>
    <message>
        <source>Kurzdraht may still have access on %1: you can withdraw it in the account&apos;s settings there.</source>
        <translation>Kurzdraht hat auf %1 womöglich noch Zugriff: Du kannst ihn dort in den Einstellungen des Kontos entziehen.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 heißt jetzt %2.</translation>
    </message>
    <message>
        <source>No drafts yet.</source>
        <translation>Noch keine Entwürfe.</translation>
    </message>
    <message>
        <source>publish the scheduled posts whose time has come, then exit (for the system&apos;s task scheduler)</source>
        <translation>die fälligen geplanten Beiträge veröffentlichen, dann beenden (für die Aufgabenplanung des Systems)</translation>
    </message>
    <message>
        <source>how long to keep retrying before leaving posts in the outbox (default 60)</source>
        <translation>wie lange neue Versuche laufen, bevor die Beiträge im Postausgang bleiben (Standard 60)</translation>
    </message>
    <message>
        <source>scheduled and published posts</source>
        <translation>geplante und veröffentlichte Beiträge</translation>
    </message>
    <message>
        <source>first day (default: today)</source>
        <translation>erster Tag (Standard: heute)</translation>
    </message>
    <message>
        <source>last day (default: two weeks from the first)</source>
        <translation>letzter Tag (Standard: zwei Wochen nach dem ersten)</translation>
    </message>
    <message>
        <source>Missed (their time passed while the computer was off): %1. Open Kurzdraht to publish or reschedule them.</source>
        <translation>Verpasst (ihr Zeitpunkt verstrich, während der Computer aus war): %1. Öffne Kurzdraht, um sie zu veröffentlichen oder neu zu planen.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <source>“%1” is not a number from 1 to %2.</source>
        <translation>„%1“ ist keine Zahl von 1 bis %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number from a listing (1, 2, 3 …).</source>
        <translation>„%1“ ist keine Nummer aus einer Liste (1, 2, 3 …).</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds from 0 to %2.</source>
        <translation>„%1“ ist keine Anzahl Sekunden von 0 bis %2.</translation>
    </message>
    <message>
        <source>“%1” is too far in the past or future: please give a year from %2 to %3.</source>
        <translation>„%1“ liegt zu weit in der Vergangenheit oder Zukunft: Bitte gib ein Jahr von %2 bis %3 an.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-12-24.</source>
        <translation>„%1“ ist kein Datum wie 2026-12-24.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time like 2026-12-24 09:30.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit wie 2026-12-24 09:30.</translation>
    </message>
    <message>
        <source>Please give a folder.</source>
        <translation>Bitte gib einen Ordner an.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Please give a file name.</source>
        <translation>Bitte gib einen Dateinamen an.</translation>
    </message>
    <message>
        <source>“%1” is a folder: please give a file name in it.</source>
        <translation>„%1“ ist ein Ordner: Bitte gib einen Dateinamen darin an.</translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist. Please create it first, or choose another one.</source>
        <translation>Den Ordner von „%1“ gibt es nicht. Bitte lege ihn zuerst an oder wähle einen anderen.</translation>
    </message>
    <message>
        <source>An empty value is not allowed here.</source>
        <translation>Ein leerer Wert ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>Nothing planned or published in this period.</source>
        <translation>In diesem Zeitraum ist nichts geplant oder veröffentlicht.</translation>
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
        <source>fetch new comments for all accounts</source>
        <translation>neue Kommentare für alle Konten abrufen</translation>
    </message>
    <message>
        <source>only comments with these words (a word also finds longer words that start with it)</source>
        <translation>nur Kommentare mit diesen Wörtern (ein Wort findet auch längere Wörter, die damit beginnen)</translation>
    </message>
    <message>
        <source>only comments with this tag</source>
        <translation>nur Kommentare mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>answer a comment (through the outbox)</source>
        <translation>einen Kommentar beantworten (über den Postausgang)</translation>
    </message>
    <message>
        <source>the comment&apos;s number from `inbox`</source>
        <translation>die Nummer des Kommentars aus `inbox`</translation>
    </message>
    <message>
        <source>the reply, or - to read it from standard input</source>
        <translation>die Antwort (- liest sie von der Standardeingabe)</translation>
    </message>
    <message>
        <source>do not mark the comment done</source>
        <translation>den Kommentar nicht als erledigt markieren</translation>
    </message>
    <message>
        <source>how long to keep trying before leaving it to the outbox (default 120)</source>
        <translation>wie lange neue Versuche laufen, bevor die Antwort im Postausgang bleibt (Standard 120)</translation>
    </message>
    <message>
        <source>mark comments done</source>
        <translation>Kommentare als erledigt markieren</translation>
    </message>
    <message>
        <source>the comments&apos; numbers</source>
        <translation>die Nummern der Kommentare</translation>
    </message>
    <message>
        <source>mark them open again</source>
        <translation>sie wieder als offen markieren</translation>
    </message>
    <message>
        <source>No connected accounts to fetch comments from.</source>
        <translation>Keine verbundenen Konten, von denen Kommentare abgerufen werden können.</translation>
    </message>
    <message>
        <source>%1: %2 new</source>
        <translation>%1: %2 neu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No comments found.</source>
        <translation>Keine Kommentare gefunden.</translation>
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
        <source>Comments marked open again: %1</source>
        <translation>Wieder offene Kommentare: %1</translation>
    </message>
    <message>
        <source>Comments marked done: %1</source>
        <translation>Als erledigt markierte Kommentare: %1</translation>
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
    <message>
        <source>publish a post now to one or more accounts</source>
        <translation>einen Beitrag jetzt auf einem oder mehreren Konten veröffentlichen</translation>
    </message>
    <message>
        <source>an account&apos;s name as `accounts list` shows it (repeat for more)</source>
        <translation>der Name eines Kontos, wie `accounts list` ihn zeigt (für mehrere wiederholen)</translation>
    </message>
    <message>
        <source>attach an image (repeat for more)</source>
        <translation>ein Bild anhängen (für mehrere wiederholen)</translation>
    </message>
    <message>
        <source>the description of the image before it, for people who cannot see it</source>
        <translation>die Beschreibung des Bildes davor, für Menschen, die es nicht sehen können</translation>
    </message>
    <message>
        <source>a title (for blogs)</source>
        <translation>ein Titel (für Blogs)</translation>
    </message>
    <message>
        <source>how long to keep retrying before leaving the post in the outbox (default 120)</source>
        <translation>wie lange neue Versuche laufen, bevor der Beitrag im Postausgang bleibt (Standard 120)</translation>
    </message>
    <message>
        <source>schedule it for this time (the organisation&apos;s local time) instead of publishing now</source>
        <translation>ihn für diesen Zeitpunkt planen (Ortszeit der Organisation), statt ihn jetzt zu veröffentlichen</translation>
    </message>
    <message>
        <source>the text to post (- reads standard input)</source>
        <translation>der Text des Beitrags (- liest von der Standardeingabe)</translation>
    </message>
    <message>
        <source>posts waiting to be sent and recent results</source>
        <translation>Beiträge, die auf das Senden warten, und die letzten Ergebnisse</translation>
    </message>
    <message>
        <source>send what is due now before listing</source>
        <translation>vor dem Auflisten senden, was jetzt fällig ist</translation>
    </message>
    <message>
        <source>a post waiting for you (No. in the list) is posted by hand; give its --link</source>
        <translation>ein Beitrag, der auf dich wartet (Nr. in der Liste), ist von Hand veröffentlicht; gib seinen --link an</translation>
    </message>
    <message>
        <source>skip a post waiting for you</source>
        <translation>einen Beitrag überspringen, der auf dich wartet</translation>
    </message>
    <message>
        <source>the link of the post (--posted)</source>
        <translation>der Link zum Beitrag (--posted)</translation>
    </message>
    <message>
        <source>--alt describes the image before it; give --image first.</source>
        <translation>--alt beschreibt das Bild davor; bitte zuerst --image angeben.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2).</source>
        <translation>Geplant für %1 (%2).</translation>
    </message>
    <message>
        <source>%1: published %2</source>
        <translation>%1: veröffentlicht %2</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: waiting for you to post it by hand (No. %2). Then: kurzdraht outbox --posted %2 --link URL</source>
        <translation>%1: wartet darauf, dass du ihn von Hand veröffentlichst (Nr. %2). Danach: kurzdraht outbox --posted %2 --link URL</translation>
    </message>
    <message>
        <source>%1: still in the outbox (%2). The app, or `kurzdraht outbox --send`, sends it later.</source>
        <translation>%1: noch im Postausgang (%2). Die App oder `kurzdraht outbox --send` sendet ihn später.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>let the system publish scheduled posts every minute, even when the app is closed</source>
        <translation>geplante Beiträge jede Minute vom System veröffentlichen lassen, auch wenn die App geschlossen ist</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>set up the system&apos;s task scheduler to run publish-due every minute for this data folder</source>
        <translation>die Aufgabenplanung des Systems einrichten, damit sie publish-due für diesen Datenordner jede Minute ausführt</translation>
    </message>
    <message>
        <source>remove that task again</source>
        <translation>diese Aufgabe wieder entfernen</translation>
    </message>
    <message>
        <source>whether the task is set up, and when it last ran</source>
        <translation>ob die Aufgabe eingerichtet ist und wann sie zuletzt lief</translation>
    </message>
    <message>
        <source>The sample workspace is deleted when this command ends, so no task is set up for it.</source>
        <translation>Der Beispiel-Arbeitsbereich wird gelöscht, wenn dieser Befehl endet; daher wird für ihn keine Aufgabe eingerichtet.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>write the schedule to a calendar file (.ics) for Outlook, Thunderbird or a phone</source>
        <translation>den Zeitplan in eine Kalenderdatei (.ics) für Outlook, Thunderbird oder ein Handy schreiben</translation>
    </message>
    <message>
        <source>the .ics file to write (replaced in one step)</source>
        <translation>die zu schreibende .ics-Datei (wird in einem Schritt ersetzt)</translation>
    </message>
    <message>
        <source>first day (default: 30 days ago)</source>
        <translation>erster Tag (Standard: vor 30 Tagen)</translation>
    </message>
    <message>
        <source>last day (default: a year from today)</source>
        <translation>letzter Tag (Standard: heute in einem Jahr)</translation>
    </message>
    <message>
        <source>schedule the posts of a spreadsheet (CSV with the columns date, time, accounts, text, image, alt text); nothing is imported while a row has a problem</source>
        <translation>die Beiträge einer Tabelle planen (CSV mit den Spalten Datum, Uhrzeit, Konten, Text, Bild, Alternativtext); solange eine Zeile ein Problem hat, wird nichts importiert</translation>
    </message>
    <message>
        <source>the CSV file (UTF-8, separated by ; or ,)</source>
        <translation>die CSV-Datei (UTF-8, getrennt durch ; oder ,)</translation>
    </message>
    <message>
        <source>only check the file and show what would be scheduled</source>
        <translation>die Datei nur prüfen und zeigen, was geplant würde</translation>
    </message>
    <message>
        <source>write the schedule to a spreadsheet (CSV) that import-csv reads again</source>
        <translation>den Zeitplan in eine Tabelle (CSV) schreiben, die import-csv wieder einlesen kann</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>die zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <source>first day (default: from now; published posts are listed with their links)</source>
        <translation>erster Tag (Standard: ab jetzt; veröffentlichte Beiträge werden mit ihren Links aufgeführt)</translation>
    </message>
    <message>
        <source>Posts written to %1: %2</source>
        <translation>In %1 geschriebene Beiträge: %2</translation>
    </message>
    <message>
        <source>Scheduling posts: %1 of %2</source>
        <translation>Beiträge werden geplant: %1 von %2</translation>
    </message>
    <message>
        <source>Nothing was imported. Rows with problems: %1 of %2. Please correct them and import the file again.</source>
        <translation>Es wurde nichts importiert. Zeilen mit Problemen: %1 von %2. Bitte korrigiere sie und importiere die Datei noch einmal.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Posts that would be scheduled: %1. Nothing was imported (--dry-run).</source>
        <translation>Beiträge, die geplant würden: %1. Es wurde nichts importiert (--dry-run).</translation>
    </message>
    <message>
        <source>Posts scheduled: %1.</source>
        <translation>Geplante Beiträge: %1.</translation>
    </message>
    <message>
        <source>back up and restore your data</source>
        <translation>deine Daten sichern und wiederherstellen</translation>
    </message>
    <message>
        <source>list the backups, newest first, each checked</source>
        <translation>die Sicherungen auflisten, die neueste zuerst, jede geprüft</translation>
    </message>
    <message>
        <source>back up the data now</source>
        <translation>die Daten jetzt sichern</translation>
    </message>
    <message>
        <source>replace the data by a backup (the current data is kept in the backups folder)</source>
        <translation>die Daten durch eine Sicherung ersetzen (die aktuellen Daten bleiben im Sicherungsordner erhalten)</translation>
    </message>
    <message>
        <source>the backup&apos;s name, as listed</source>
        <translation>der Name der Sicherung, wie aufgelistet</translation>
    </message>
    <message>
        <source>the newest backup that passes its check</source>
        <translation>die neueste Sicherung, die die Prüfung besteht</translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation>Noch keine Sicherungen in %1.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Backup made and checked: %1 (%2).</source>
        <translation>Sicherung erstellt und geprüft: %1 (%2).</translation>
    </message>
    <message>
        <source>Name a backup, or give --latest.</source>
        <translation>Nenne eine Sicherung oder gib --latest an.</translation>
    </message>
    <message>
        <source>Restored your data from %1 (made %2).</source>
        <translation>Deine Daten wurden aus %1 wiederhergestellt (erstellt %2).</translation>
    </message>
    <message>
        <source>The data it replaced is kept as %1.</source>
        <translation>Die ersetzten Daten bleiben als %1 erhalten.</translation>
    </message>
    <message>
        <source>add or replace an app&apos;s ID and secret</source>
        <translation>App-ID und App-Geheimnis hinzufügen oder ersetzen</translation>
    </message>
    <message>
        <source>the %1 app (for %2)</source>
        <translation>die %1-App (für %2)</translation>
    </message>
    <message>
        <source>your organisation&apos;s developer apps (for Facebook, Instagram, Threads, X, …)</source>
        <translation>die Entwickler-Apps deiner Organisation (für Facebook, Instagram, Threads, X, …)</translation>
    </message>
    <message>
        <source>the app&apos;s ID (also called client ID)</source>
        <translation>die ID der App (auch Client-ID genannt)</translation>
    </message>
    <message>
        <source>read the app secret (client secret) from standard input</source>
        <translation>das App-Geheimnis (Client-Secret) von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>the https address registered as the app&apos;s redirect callback</source>
        <translation>die https-Adresse, die bei der App als Weiterleitungsadresse eingetragen ist</translation>
    </message>
    <message>
        <source>the https address registered as the app&apos;s redirect (without it: this computer, %1, which the network must have enabled for the app)</source>
        <translation>die als Weiterleitung der App eingetragene https-Adresse (ohne sie: dieser Computer, %1 – das muss das Netzwerk für die App freigeschaltet haben)</translation>
    </message>
    <message>
        <source>another address on this computer registered as callback (default: %1)</source>
        <translation>eine andere als Callback eingetragene Adresse auf diesem Computer (Standard: %1)</translation>
    </message>
    <message>
        <source>list the apps Kurzdraht knows</source>
        <translation>die Apps auflisten, die Kurzdraht kennt</translation>
    </message>
    <message>
        <source>forget an app and its secret</source>
        <translation>eine App und ihr Geheimnis vergessen</translation>
    </message>
    <message>
        <source>the organisation the app belongs to</source>
        <translation>die Organisation, zu der die App gehört</translation>
    </message>
    <message>
        <source>App secret: </source>
        <translation>App-Geheimnis: </translation>
    </message>
    <message>
        <source>Saved the %1 app %2 for %3.</source>
        <translation>Die %1-App %2 für %3 ist gespeichert.</translation>
    </message>
    <message>
        <source>No developer apps yet. Add one with `kurzdraht apps set`.</source>
        <translation>Noch keine Entwickler-Apps. Füge eine mit `kurzdraht apps set` hinzu.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>There is no %1 app for this organisation.</source>
        <translation>Für diese Organisation gibt es keine %1-App.</translation>
    </message>
    <message>
        <source>Removed the %1 app and its secret.</source>
        <translation>Die %1-App und ihr Geheimnis sind entfernt.</translation>
    </message>
    <message>
        <source>followers per account and their change (the last 30 days by default)</source>
        <translation>Follower pro Konto und ihre Veränderung (standardmäßig die letzten 30 Tage)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from liegt nach --to.</translation>
    </message>
    <message>
        <source>Posts shared most:</source>
        <translation>Am häufigsten geteilte Beiträge:</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Gefällt</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Seen by up to</source>
        <translation>Gesehen von bis zu</translation>
    </message>
    <message>
        <source>No follower figures from %1 to %2 yet. They are counted once a day when comments are fetched (the app, or `kurzdraht sync`).</source>
        <translation>Noch keine Follower-Zahlen von %1 bis %2. Sie werden einmal am Tag gezählt, wenn Kommentare abgerufen werden (die App oder `kurzdraht sync`).</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Days counted</source>
        <translation>Gezählte Tage</translation>
    </message>
    <message>
        <source>Comments: %1 received, %2 answered from Kurzdraht.</source>
        <translation>Kommentare: %1 erhalten, %2 aus Kurzdraht beantwortet.</translation>
    </message>
    <message>
        <source>Half were answered within %1, nine in ten within %2.</source>
        <translation>Die Hälfte wurde innerhalb von %1 beantwortet, neun von zehn innerhalb von %2.</translation>
    </message>
    <message>
        <source>Open comments now: %1.</source>
        <translation>Jetzt offene Kommentare: %1.</translation>
    </message>
    <message>
        <source>Suggestions in this period:</source>
        <translation>Vorschläge in diesem Zeitraum:</translation>
    </message>
    <message>
        <source>“%1” is not a month like 2026-11.</source>
        <translation>„%1“ ist kein Monat wie 2026-11.</translation>
    </message>
    <message>
        <source>the monthly report for the board and funders as a PDF (the last complete month by default)</source>
        <translation>der Monatsbericht für Vorstand und Förderer als PDF (standardmäßig der letzte vollständige Monat)</translation>
    </message>
    <message>
        <source>the month to report on</source>
        <translation>der Monat, über den berichtet wird</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>die PDF-Datei, die geschrieben wird</translation>
    </message>
    <message>
        <source>Wrote the report (1 page) to %1</source>
        <translation>Bericht (1 Seite) gespeichert unter %1</translation>
    </message>
    <message>
        <source>Wrote the report (%2 pages) to %1</source>
        <translation>Bericht (%2 Seiten) gespeichert unter %1</translation>
    </message>
    <message>
        <source>The month has no figures yet; the report says how they are collected.</source>
        <translation>Für diesen Monat gibt es noch keine Zahlen; der Bericht erklärt, wie sie gesammelt werden.</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Beitrag schreiben</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute springen (T)</translation>
    </message>
    <message>
        <source>Earlier (PgUp)</source>
        <translation>Früher (Bild↑)</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later (PgDn)</source>
        <translation>Später (Bild↓)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation>Verschieben rückgängig machen</translation>
    </message>
    <message>
        <source>Put the post back where it was (Ctrl+Z)</source>
        <translation>Den Beitrag wieder dorthin setzen, wo er war (Strg+Z)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Publish all now</source>
        <translation>Alle jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Posting slots…</source>
        <translation>Sendezeiten …</translation>
    </message>
    <message>
        <source>Late posts…</source>
        <translation>Verspätete Beiträge …</translation>
    </message>
    <message>
        <source>Import posts from a CSV file…</source>
        <translation>Beiträge aus einer CSV-Datei importieren …</translation>
    </message>
    <message>
        <source>Export for Outlook or Thunderbird (.ics)…</source>
        <translation>Für Outlook oder Thunderbird exportieren (.ics) …</translation>
    </message>
    <message>
        <source>Export as a CSV file…</source>
        <translation>Als CSV-Datei exportieren …</translation>
    </message>
    <message>
        <source>Late posts</source>
        <translation>Verspätete Beiträge</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>Zeitplan exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the schedule</source>
        <translation>Zeitplan wird exportiert</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>When the computer was off at a post&apos;s time, publish it automatically if it is at most this many hours late (0: always ask). Posts later than that are shown as missed.</source>
        <translation>Wenn der Computer zur Zeit eines Beitrags aus war: ihn automatisch veröffentlichen, wenn er höchstens so viele Stunden zu spät ist (0: immer fragen). Spätere Beiträge werden als verpasst gezeigt.</translation>
    </message>
    <message>
        <source>Posts saved to %2: %1.</source>
        <translation>Beiträge gespeichert in %2: %1.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading the calendar</source>
        <translation>Kalender wird geladen</translation>
    </message>
    <message>
        <source>red frame: needs you</source>
        <translation>roter Rahmen: braucht dich</translation>
    </message>
    <message>
        <source>Nothing scheduled in this month. Write a post and choose Schedule… to plan it; it appears here in your organisation&apos;s colour.</source>
        <translation>In diesem Monat ist nichts geplant. Schreibe einen Beitrag und wähle „Planen …“, um ihn zu planen; er erscheint dann hier in der Farbe deiner Organisation.</translation>
    </message>
    <message>
        <source>Nothing scheduled in this week. Write a post and choose Schedule… to plan it; it appears here in your organisation&apos;s colour.</source>
        <translation>In dieser Woche ist nichts geplant. Schreibe einen Beitrag und wähle „Planen …“, um ihn zu planen; er erscheint dann hier in der Farbe deiner Organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) missed their time while Kurzdraht was not running. Publish them now, or right-click one to reschedule it.</source>
        <translation>
            <numerusform>%n Beitrag hat seinen Zeitpunkt verpasst, während Kurzdraht nicht lief. Veröffentliche ihn jetzt oder klicke ihn mit der rechten Maustaste an, um ihn neu zu planen.</numerusform>
            <numerusform>%n Beiträge haben ihren Zeitpunkt verpasst, während Kurzdraht nicht lief. Veröffentliche sie jetzt oder klicke einen mit der rechten Maustaste an, um ihn neu zu planen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to %1. Ctrl+Z puts it back.</source>
        <translation>Verschoben auf %1. Strg+Z macht das rückgängig.</translation>
    </message>
    <message>
        <source>Moving the post</source>
        <translation>Beitrag wird verschoben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Neu planen …</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Unschedule (back to drafts)</source>
        <translation>Planung aufheben (zurück zu den Entwürfen)</translation>
    </message>
    <message>
        <source>Open on %1 (%2)</source>
        <translation>Auf %1 öffnen (%2)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Wird veröffentlicht</translation>
    </message>
    <message>
        <source>Duplicating the post</source>
        <translation>Beitrag wird dupliziert</translation>
    </message>
    <message>
        <source>Unscheduling</source>
        <translation>Planung wird aufgehoben</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <source>Delete this post? It will not be published. This cannot be undone.</source>
        <translation>Diesen Beitrag löschen? Er wird dann nicht veröffentlicht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleting the post</source>
        <translation>Beitrag wird gelöscht</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Image %1 is too small here (at least %2 pixels wide).</source>
        <translation>Bild %1 ist hier zu klein (mindestens %2 Pixel breit).</translation>
    </message>
    <message>
        <source>Image %1 is too %2 here (from 4:5 upright to 1.91:1 wide): add borders or crop it with the buttons beside the image.</source>
        <translation>Bild %1 ist hier zu %2 (von 4:5 hochkant bis 1,91:1 quer): Füge mit den Knöpfen neben dem Bild Ränder hinzu oder schneide es zu.</translation>
    </message>
    <message>
        <source>tall</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>breit</translation>
    </message>
    <message>
        <source>%2 charges your organisation $%1 for this post, as it has a link.</source>
        <translation>%2 berechnet deiner Organisation für diesen Beitrag %1 $, weil er einen Link enthält.</translation>
    </message>
    <message>
        <source>%2 charges your organisation $%1 for this post.</source>
        <translation>%2 berechnet deiner Organisation für diesen Beitrag %1 $.</translation>
    </message>
    <message>
        <source>Please choose at least one account to post to.</source>
        <translation>Bitte wähle mindestens ein Konto, auf dem gepostet werden soll.</translation>
    </message>
    <message>
        <source>There is nothing to post yet.</source>
        <translation>Es gibt noch nichts zu posten.</translation>
    </message>
    <message>
        <source>Kurzdraht cannot post to this network yet.</source>
        <translation>Kurzdraht kann in diesem Netzwerk noch nicht posten.</translation>
    </message>
    <message>
        <source>%1 only lets Kurzdraht answer comments, not make posts.</source>
        <translation>Bei %1 kann Kurzdraht nur Kommentare beantworten, keine Beiträge veröffentlichen.</translation>
    </message>
    <message>
        <source>This account is not connected yet. Please connect it in Accounts.</source>
        <translation>Dieses Konto ist noch nicht verbunden. Bitte verbinde es unter Konten.</translation>
    </message>
    <message>
        <source>This account is not connected. Please reconnect it in Accounts.</source>
        <translation>Dieses Konto ist nicht verbunden. Bitte verbinde es unter Konten neu.</translation>
    </message>
    <message>
        <source>%1 needs an image with every post.</source>
        <translation>%1 braucht zu jedem Beitrag ein Bild.</translation>
    </message>
    <message>
        <source>%1 fetches images from the web: choose the WordPress blog that puts them there (Accounts → Images via…).</source>
        <translation>%1 holt Bilder aus dem Netz: Wähle den WordPress-Blog, der sie dorthin stellt (Konten → Bilder über …).</translation>
    </message>
    <message>
        <source>Only %1 images can go with one post here; remove %2.</source>
        <translation>Hier passen nur %1 Bilder zu einem Beitrag; entferne %2.</translation>
    </message>
    <message>
        <source>The description of image %1 is too long (at most %2 characters).</source>
        <translation>Die Beschreibung von Bild %1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>Image %1 has no description. People who cannot see it rely on one.</source>
        <translation>Bild %1 hat keine Beschreibung. Menschen, die es nicht sehen können, sind darauf angewiesen.</translation>
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
        <source>Write a post once, adjust it for each network and publish it to several accounts with one click. Whatever you write is kept as a draft, even offline.</source>
        <translation>Schreibe einen Beitrag einmal, passe ihn für jedes Netzwerk an und veröffentliche ihn mit einem Klick auf mehreren Konten. Was du schreibst, bleibt als Entwurf erhalten, auch offline.</translation>
    </message>
    <message>
        <source>Connect your first account</source>
        <translation>Erstes Konto verbinden</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf</numerusform>
            <numerusform>%n Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Postausgang (%1)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Loading drafts</source>
        <translation>Entwürfe werden geladen</translation>
    </message>
    <message>
        <source>Loading the outbox</source>
        <translation>Postausgang wird geladen</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Wird erneut gesendet</translation>
    </message>
    <message>
        <source>Preparing the post</source>
        <translation>Beitrag wird vorbereitet</translation>
    </message>
    <message>
        <source>Post it by hand</source>
        <translation>Von Hand veröffentlichen</translation>
    </message>
    <message>
        <source>The text is copied: paste it there (Ctrl+V) and add the post&apos;s images. Posted? Then paste its link.</source>
        <translation>Der Text ist kopiert: Füge ihn dort ein (Strg+V) und hänge die Bilder des Beitrags an. Veröffentlicht? Dann füge seinen Link ein.</translation>
    </message>
    <message>
        <source>Posted…</source>
        <translation>Veröffentlicht …</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Skip this post</source>
        <translation>Diesen Beitrag überspringen</translation>
    </message>
    <message>
        <source>Posted by hand</source>
        <translation>Von Hand veröffentlicht</translation>
    </message>
    <message>
        <source>The link of the post (copy it from the browser; may stay empty):</source>
        <translation>Der Link zum Beitrag (aus dem Browser kopieren; darf leer bleiben):</translation>
    </message>
    <message>
        <source>Marking as posted</source>
        <translation>Als veröffentlicht markieren</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete this draft? This cannot be undone.</source>
        <translation>Diesen Entwurf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleting the draft</source>
        <translation>Entwurf wird gelöscht</translation>
    </message>
</context>
<context>
    <name>ComposerEditor</name>
    <message>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Title (for blogs; otherwise the first line is used)</source>
        <translation>Titel (für Blogs; sonst wird die erste Zeile verwendet)</translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation>Bild hinzufügen …</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau …</translation>
    </message>
    <message>
        <source>Post to:</source>
        <translation>Posten auf:</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Publish to every ticked account at once (Ctrl+Enter)</source>
        <translation>Auf allen angekreuzten Konten zugleich veröffentlichen (Strg+Enter)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planen …</translation>
    </message>
    <message>
        <source>More ways to schedule</source>
        <translation>Weitere Möglichkeiten zum Planen</translation>
    </message>
    <message>
        <source>Accounts to post to</source>
        <translation>Konten, an die der Beitrag geht</translation>
    </message>
    <message>
        <source>Add to queue (the next free posting slot)</source>
        <translation>In die Warteschlange (nächste freie Sendezeit)</translation>
    </message>
    <message>
        <source>Unschedule (back to drafts)</source>
        <translation>Planung aufheben (zurück zu den Entwürfen)</translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation>Konten werden geladen</translation>
    </message>
    <message>
        <source>Preparing the counters</source>
        <translation>Zähler werden vorbereitet</translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation>Entwurf wird gespeichert</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Meine Organisation</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>Opening the draft</source>
        <translation>Entwurf wird geöffnet</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht …</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Not everywhere published</source>
        <translation>Nicht überall veröffentlicht</translation>
    </message>
    <message>
        <source>Missed its time (%1): publish it now from the calendar, or reschedule it</source>
        <translation>Zeitpunkt verpasst (%1): im Kalender jetzt veröffentlichen oder neu planen</translation>
    </message>
    <message>
        <source>Fitting the image</source>
        <translation>Das Bild wird angepasst</translation>
    </message>
    <message>
        <source>It goes out once the problems marked in red above are fixed.</source>
        <translation>Er geht raus, sobald die rot markierten Probleme oben behoben sind.</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Wird geplant</translation>
    </message>
    <message>
        <source>Unscheduling</source>
        <translation>Planung wird aufgehoben</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Adding an image</source>
        <translation>Bild wird hinzugefügt</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Wird veröffentlicht</translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation>Wird erneut gesendet</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Please sign in and allow Kurzdraht in the browser window that just opened. Kurzdraht waits here.</source>
        <translation>Bitte melde dich im gerade geöffneten Browserfenster an und erlaube Kurzdraht den Zugriff. Kurzdraht wartet hier.</translation>
    </message>
    <message>
        <source>When you have allowed Kurzdraht, your browser shows another page. Copy that page&apos;s whole address from the browser&apos;s address bar and paste it here:</source>
        <translation>Wenn du Kurzdraht erlaubt hast, zeigt dein Browser eine andere Seite. Kopiere die ganze Adresse dieser Seite aus der Adressleiste des Browsers und füge sie hier ein:</translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation>Konten werden geladen</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Name in Kurzdraht (optional):</source>
        <translation>Name in Kurzdraht (optional):</translation>
    </message>
    <message>
        <source>as the network shows it</source>
        <translation>wie das Netzwerk ihn zeigt</translation>
    </message>
    <message>
        <source>e.g. Nachbarschaftszentrum Lindenhof</source>
        <translation>z. B. Nachbarschaftszentrum Lindenhof</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
    <message>
        <source>Please choose or enter the organisation this account belongs to.</source>
        <translation>Bitte wähle oder nenne die Organisation, zu der dieses Konto gehört.</translation>
    </message>
    <message>
        <source>Checking with %1 …</source>
        <translation>Wird bei %1 geprüft …</translation>
    </message>
    <message>
        <source>Connecting an account</source>
        <translation>Konto wird verbunden</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Signing in needs your organisation&apos;s own %1 app, set up once.</source>
        <translation>Für die Anmeldung braucht es eine eigene %1-App deiner Organisation, einmal eingerichtet.</translation>
    </message>
    <message>
        <source>Set up the %1 app…</source>
        <translation>%1-App einrichten …</translation>
    </message>
    <message>
        <source>None for now</source>
        <translation>Vorerst keiner</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>The whole comment</source>
        <translation>Der ganze Kommentar</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Tag this comment (t)</source>
        <translation>Schlagwort für diesen Kommentar wählen (t)</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
    <message>
        <source>Mark done when sent</source>
        <translation>Nach dem Senden als erledigt markieren</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Antwort senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Write a reply… (r)</source>
        <translation>Antwort schreiben … (r)</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Zurück zur Unterhaltung</translation>
    </message>
    <message>
        <source>Back to the conversation (Esc)</source>
        <translation>Zurück zur Unterhaltung (Esc)</translation>
    </message>
    <message>
        <source>Select a comment to see its conversation and answer it.</source>
        <translation>Einen Kommentar auswählen, um die Unterhaltung zu sehen und darauf zu antworten.</translation>
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation>Unterhaltung wird geladen</translation>
    </message>
    <message>
        <source>Shown as stored on this computer: %1</source>
        <translation>Angezeigt wird der auf diesem Computer gespeicherte Stand: %1</translation>
    </message>
    <message>
        <source>to %1 · %2</source>
        <translation>an %1 · %2</translation>
    </message>
    <message>
        <source>Mark open again (e)</source>
        <translation>Wieder als offen markieren (e)</translation>
    </message>
    <message>
        <source>Mark done (e)</source>
        <translation>Als erledigt markieren (e)</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Auf %1 öffnen</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <source>Show all (%1 characters)</source>
        <translation>Alles zeigen (%1 Zeichen)</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Neues Schlagwort …</translation>
    </message>
    <message>
        <source>%1 characters left</source>
        <translation>Noch %1 Zeichen</translation>
    </message>
    <message>
        <source>Sending the reply</source>
        <translation>Antwort wird gesendet</translation>
    </message>
    <message>
        <source>Your reply is on its way.</source>
        <translation>Die Antwort ist unterwegs.</translation>
    </message>
</context>
<context>
    <name>CounterPanel</name>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
</context>
<context>
    <name>Counting</name>
    <message>
        <source>%1 characters too long for this server (links count as %2).</source>
        <translation>%1 Zeichen zu lang für diesen Server (Links zählen als %2).</translation>
    </message>
    <message>
        <source>%1 characters too long for Bluesky.</source>
        <translation>%1 Zeichen zu lang für Bluesky.</translation>
    </message>
    <message>
        <source>Too long for Bluesky: emoji and special characters take more space.</source>
        <translation>Zu lang für Bluesky: Emoji und Sonderzeichen brauchen mehr Platz.</translation>
    </message>
    <message>
        <source>%1 characters too long.</source>
        <translation>%1 Zeichen zu lang.</translation>
    </message>
    <message>
        <source>Too long: emoji and special characters take more space.</source>
        <translation>Zu lang: Emoji und Sonderzeichen brauchen mehr Platz.</translation>
    </message>
    <message>
        <source>%1 characters too long for Instagram.</source>
        <translation>%1 Zeichen zu lang für Instagram.</translation>
    </message>
    <message>
        <source>%1 hashtags: Instagram allows at most %2 in one post.</source>
        <translation>%1 Hashtags: Instagram erlaubt höchstens %2 in einem Beitrag.</translation>
    </message>
    <message>
        <source>%1 characters too long for X (links count as %2, emoji as 2).</source>
        <translation>%1 Zeichen zu lang für X (Links zählen als %2, Emoji als 2).</translation>
    </message>
    <message>
        <source>The text contains an invisible character that X does not accept (often copied along).</source>
        <translation>Der Text enthält ein unsichtbares Zeichen, das X nicht annimmt (oft beim Kopieren mitgenommen).</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Passwords are kept in your system&apos;s password store (%1).</source>
        <translation>Passwörter liegen im Passwortspeicher deines Systems (%1).</translation>
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
    <name>CsvImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>This file is saved as “Unicode text” (UTF-16). Please save it as “CSV UTF-8” and choose it again.</source>
        <translation>Diese Datei ist als „Unicode-Text“ (UTF-16) gespeichert. Bitte speichere sie als „CSV UTF-8“ und wähle sie erneut aus.</translation>
    </message>
    <message>
        <source>The file is empty. The first row names the columns: date, time, accounts, text, image, alt text.</source>
        <translation>Die Datei ist leer. Die erste Zeile nennt die Spalten: Datum, Uhrzeit, Konten, Text, Bild, Alternativtext.</translation>
    </message>
    <message>
        <source>The first row must name the columns date, time, accounts and text (image and alt text may follow); it names: %1.</source>
        <translation>Die erste Zeile muss die Spalten Datum, Uhrzeit, Konten und Text nennen (Bild und Alternativtext können folgen); sie nennt: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-12-24 or 24.12.2026.</source>
        <translation>„%1“ ist kein Datum wie 24.12.2026 oder 2026-12-24.</translation>
    </message>
    <message>
        <source>“%1” is not a time like 09:30.</source>
        <translation>„%1“ ist keine Uhrzeit wie 09:30.</translation>
    </message>
    <message>
        <source>No account is named.</source>
        <translation>Es ist kein Konto angegeben.</translation>
    </message>
    <message>
        <source>The accounts belong to different organisations (%1); one row posts for one organisation.</source>
        <translation>Die Konten gehören zu verschiedenen Organisationen (%1); eine Zeile veröffentlicht nur für eine Organisation.</translation>
    </message>
    <message>
        <source>This row holds characters that are not UTF-8. Please save the file as “CSV UTF-8” (in Excel: File › Save as › CSV UTF-8) and choose it again.</source>
        <translation>Diese Zeile enthält Zeichen, die kein UTF-8 sind. Bitte speichere die Datei als „CSV UTF-8“ (in Excel: Datei › Speichern unter › CSV UTF-8) und wähle sie erneut aus.</translation>
    </message>
    <message>
        <source>Already published; not imported again.</source>
        <translation>Schon veröffentlicht; wird nicht erneut importiert.</translation>
    </message>
    <message>
        <source>This row has more cells than the first row names. Does the text contain the separator without quotes around it?</source>
        <translation>Diese Zeile hat mehr Zellen, als die erste Zeile Spalten nennt. Enthält der Text das Trennzeichen ohne Anführungszeichen drumherum?</translation>
    </message>
    <message>
        <source>This time (%1) has already passed.</source>
        <translation>Dieser Zeitpunkt (%1) ist schon vorbei.</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (%2).</source>
        <translation>Die Datei „%1“ lässt sich nicht lesen (%2).</translation>
    </message>
    <message>
        <source>There are no posts in this file.</source>
        <translation>In dieser Datei sind keine Beiträge.</translation>
    </message>
    <message>
        <source>Every post in this file was already published; there is nothing to schedule.</source>
        <translation>Alle Beiträge in dieser Datei sind schon veröffentlicht; es gibt nichts zu planen.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems (%1).</source>
        <translation>Es wurde nichts importiert: Die Datei hat Probleme (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported: the posts could not be saved (%1).</source>
        <translation>Es wurde nichts importiert: Die Beiträge konnten nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>another Kurzdraht took it for abandoned</source>
        <translation>ein anderes Kurzdraht hielt den Import für abgebrochen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>One post per row with the columns date, time, accounts, text, image and alt text (German column names work too). Times are the organisation&apos;s local time; several accounts are separated by |. Save from Excel as “CSV UTF-8”.</source>
        <translation>Ein Beitrag pro Zeile mit den Spalten Datum, Uhrzeit, Konten, Text, Bild und Alternativtext (englische Spaltennamen gehen auch). Zeiten gelten in der Ortszeit der Organisation; mehrere Konten werden durch | getrennt. Speichere aus Excel als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen …</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Read the file again after correcting it</source>
        <translation>Die Datei nach dem Korrigieren neu einlesen</translation>
    </message>
    <message>
        <source>The file&apos;s rows</source>
        <translation>Die Zeilen der Datei</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import posts from a spreadsheet</source>
        <translation>Beiträge aus einer Tabelle importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft …</translation>
    </message>
    <message>
        <source>Checking the posts to import</source>
        <translation>Zu importierende Beiträge werden geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing will be imported until they are fixed. Correct the file, then choose Check again.</source>
        <translation>
            <numerusform>%n Zeile hat ein Problem; es wird nichts importiert, bis es behoben ist. Korrigiere die Datei und wähle dann „Erneut prüfen“.</numerusform>
            <numerusform>%n Zeilen haben Probleme; es wird nichts importiert, bis sie behoben sind. Korrigiere die Datei und wähle dann „Erneut prüfen“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) ready to schedule.</source>
        <translation>
            <numerusform>%n Beitrag kann geplant werden.</numerusform>
            <numerusform>%n Beiträge können geplant werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already published; they are left out.</source>
        <translation>
            <numerusform>%n Beitrag ist schon veröffentlicht und wird ausgelassen.</numerusform>
            <numerusform>%n Beiträge sind schon veröffentlicht und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduling %n post(s)…</source>
        <translation>
            <numerusform>%n Beitrag wird geplant …</numerusform>
            <numerusform>%n Beiträge werden geplant …</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduling imported posts</source>
        <translation>Importierte Beiträge werden geplant</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Der Import wird angehalten …</translation>
    </message>
    <message>
        <source>The import was stopped; none of its posts were scheduled.</source>
        <translation>Der Import wurde angehalten; keiner seiner Beiträge wurde geplant.</translation>
    </message>
</context>
<context>
    <name>DataFolderSettings</name>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Your drafts, comments, posts and settings are kept in this folder on this computer:</source>
        <translation>Deine Entwürfe, Kommentare, Beiträge und Einstellungen liegen in diesem Ordner auf diesem Computer:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Passwords and logins are not in it: they are in the computer&apos;s password store. To use another folder, start Kurzdraht with --home FOLDER.</source>
        <translation>Passwörter und Anmeldungen sind nicht darin: Sie liegen im Passwortspeicher des Computers. Um einen anderen Ordner zu verwenden, starte Kurzdraht mit --home ORDNER.</translation>
    </message>
</context>
<context>
    <name>DeveloperAppSettings</name>
    <message>
        <source>Developer apps</source>
        <translation>Entwickler-Apps</translation>
    </message>
    <message>
        <source>Some networks (Facebook and Instagram, Threads, X, LinkedIn, YouTube) let an organisation connect only through its own developer app. Its ID and secret are kept here, the secret in the password store.</source>
        <translation>Manche Netzwerke (Facebook und Instagram, Threads, X, LinkedIn, YouTube) lassen eine Organisation nur über ihre eigene Entwickler-App verbinden. Deren ID und Geheimnis werden hier verwaltet, das Geheimnis im Passwortspeicher.</translation>
    </message>
    <message>
        <source>Developer apps…</source>
        <translation>Entwickler-Apps …</translation>
    </message>
</context>
<context>
    <name>DeveloperAppsDialog</name>
    <message>
        <source>Developer apps</source>
        <translation>Entwickler-Apps</translation>
    </message>
    <message>
        <source>App at:</source>
        <translation>App bei:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Redirect address (https):</source>
        <translation>Weiterleitungsadresse (https):</translation>
    </message>
    <message>
        <source>Open the developer pages</source>
        <translation>Entwicklerseiten öffnen</translation>
    </message>
    <message>
        <source>Copy the redirect address</source>
        <translation>Weiterleitungsadresse kopieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Your organisation&apos;s own %1 app, once, for %2:</source>
        <translation>Die eigene %1-App deiner Organisation, einmal, für %2:</translation>
    </message>
    <message>
        <source>Redirect address (https, optional):</source>
        <translation>Weiterleitungsadresse (https, optional):</translation>
    </message>
    <message>
        <source>Loading developer apps</source>
        <translation>Entwickler-Apps werden geladen</translation>
    </message>
    <message>
        <source>saved in the password store</source>
        <translation>im Passwortspeicher gesichert</translation>
    </message>
    <message>
        <source>Not set up yet for this organisation.</source>
        <translation>Für diese Organisation noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Saved: app %1.</source>
        <translation>Gespeichert: App %1.</translation>
    </message>
    <message>
        <source>Saved: app %1. Enter the secret again only to change it.</source>
        <translation>Gespeichert: App %1. Gib das Geheimnis nur erneut ein, um sie zu ändern.</translation>
    </message>
    <message>
        <source>The redirect address is copied.</source>
        <translation>Die Weiterleitungsadresse ist kopiert.</translation>
    </message>
    <message>
        <source>Please choose or enter the organisation this app belongs to.</source>
        <translation>Bitte wähle oder gib die Organisation ein, zu der diese App gehört.</translation>
    </message>
    <message>
        <source>Please enter the app secret again to change the app.</source>
        <translation>Bitte gib das App-Geheimnis erneut ein, um die App zu ändern.</translation>
    </message>
    <message>
        <source>Saving the developer app</source>
        <translation>Die Entwickler-App wird gespeichert</translation>
    </message>
    <message>
        <source>Saved. You can now connect accounts through this app.</source>
        <translation>Gespeichert. Du kannst jetzt Konten über diese App verbinden.</translation>
    </message>
    <message>
        <source>Removing the developer app</source>
        <translation>Die Entwickler-App wird entfernt</translation>
    </message>
    <message>
        <source>Removed. Accounts connected through it keep working.</source>
        <translation>Entfernt. Konten, die darüber verbunden sind, funktionieren weiter.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Diesen Entwurf gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This post is being published or already out; it can no longer be changed.</source>
        <translation>Dieser Beitrag wird gerade veröffentlicht oder ist schon erschienen; er lässt sich nicht mehr ändern.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The disk is full. Please make room and try again.</source>
        <translation>Der Datenträger ist voll. Bitte schaffe Platz und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Kurzdraht may not write to “%1”: it is read-only.</source>
        <translation>Kurzdraht darf nicht in „%1“ schreiben: Es ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Kurzdraht may not use “%1”: access was refused.</source>
        <translation>Kurzdraht darf „%1“ nicht verwenden: Der Zugriff wurde verweigert.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>“%1” already exists and is not a folder.</source>
        <translation>„%1“ gibt es schon, und es ist kein Ordner.</translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation>Etwas ist schiefgegangen (%1).</translation>
    </message>
    <message>
        <source>%1 Details are in the log file %2.</source>
        <translation>%1 Einzelheiten stehen in der Protokolldatei %2.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search comments and names (/)</source>
        <translation>Kommentare und Namen durchsuchen (/)</translation>
    </message>
    <message>
        <source>Search comments and names</source>
        <translation>Kommentare und Namen durchsuchen</translation>
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
        <source>Open and done</source>
        <translation>Offen und erledigt</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>Alle Konten von %1</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
</context>
<context>
    <name>FirstPostPage</name>
    <message>
        <source>Write your first post</source>
        <translation>Deinen ersten Beitrag schreiben</translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation>Alles ist bereit.</translation>
    </message>
    <message>
        <source>The composer opens with your accounts ticked. Write your post, see each network&apos;s limits as you type, then publish it in one click or schedule it. Until then it stays a draft on this computer, also offline.</source>
        <translation>Der Editor öffnet sich mit deinen Konten angehakt. Schreib deinen Beitrag, sieh beim Tippen die Grenzen jedes Netzwerks, dann veröffentliche ihn mit einem Klick oder plane ihn ein. Bis dahin bleibt er ein Entwurf auf diesem Computer, auch offline.</translation>
    </message>
    <message>
        <source>You can start without an account.</source>
        <translation>Du kannst auch ohne Konto anfangen.</translation>
    </message>
    <message>
        <source>Posts can be written and kept as drafts now, also offline. To publish them, connect an account in Accounts.</source>
        <translation>Beiträge kannst du schon jetzt schreiben und als Entwürfe behalten, auch offline. Um sie zu veröffentlichen, verbinde unter Konten ein Konto.</translation>
    </message>
    <message>
        <source>New comments arrive in the Inbox, your posts show in the Calendar. Help → First steps opens this guide again.</source>
        <translation>Neue Kommentare kommen im Posteingang an, deine Beiträge stehen im Kalender. Hilfe → Erste Schritte öffnet diese Anleitung wieder.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>First steps with Kurzdraht</source>
        <translation>Erste Schritte mit Kurzdraht</translation>
    </message>
    <message>
        <source>Skip the guide</source>
        <translation>Anleitung überspringen</translation>
    </message>
    <message>
        <source>Write your first post</source>
        <translation>Deinen ersten Beitrag schreiben</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation>Konten werden geladen</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
</context>
<context>
    <name>FollowersPage</name>
    <message>
        <source>each account</source>
        <translation>jedes Konto</translation>
    </message>
    <message>
        <source>each organisation</source>
        <translation>jede Organisation</translation>
    </message>
    <message>
        <source>each network</source>
        <translation>jedes Netzwerk</translation>
    </message>
    <message>
        <source>One &amp;line for</source>
        <translation>Eine &amp;Linie für</translation>
    </message>
    <message>
        <source>One line for</source>
        <translation>Eine Linie für</translation>
    </message>
    <message>
        <source>Followers over time</source>
        <translation>Follower im Zeitverlauf</translation>
    </message>
    <message>
        <source>Followers per account</source>
        <translation>Follower pro Konto</translation>
    </message>
    <message>
        <source>Followers are counted once a day while Kurzdraht fetches comments; a day the computer was off stays empty. Change: from the first to the last count of the period.</source>
        <translation>Follower werden einmal am Tag gezählt, während Kurzdraht Kommentare abruft; ein Tag, an dem der Computer aus war, bleibt leer. Veränderung: von der ersten bis zur letzten Zählung im Zeitraum.</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>So that scheduled posts go out on time and new comments are announced</source>
        <translation>Damit geplante Beiträge pünktlich erscheinen und neue Kommentare gemeldet werden</translation>
    </message>
    <message>
        <source>A missed post goes out by itself up to</source>
        <translation>Ein verpasster Beitrag geht von selbst raus bis zu</translation>
    </message>
    <message>
        <source>hours late</source>
        <translation>Stunden zu spät</translation>
    </message>
    <message>
        <source>never (I decide)</source>
        <translation>nie (ich entscheide)</translation>
    </message>
    <message>
        <source>When the computer was off at a post&apos;s time, Kurzdraht sends it at the next start if it is at most this late; a later one waits in the calendar for you to decide.</source>
        <translation>War der Computer zur Zeit eines Beitrags aus, sendet Kurzdraht ihn beim nächsten Start, wenn er höchstens so spät dran ist; ein späterer wartet im Kalender auf deine Entscheidung.</translation>
    </message>
</context>
<context>
    <name>ImageCard</name>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation>Beschreibe das Bild für Menschen, die es nicht sehen können</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>Dieses Bild entfernen</translation>
    </message>
    <message>
        <source>This shape does not fit every chosen network.</source>
        <translation>Dieses Format passt nicht zu jedem gewählten Netzwerk.</translation>
    </message>
    <message>
        <source>Add borders</source>
        <translation>Ränder hinzufügen</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Zuschneiden</translation>
    </message>
    <message>
        <source>No description yet: people using screen readers will miss this image.</source>
        <translation>Noch keine Beschreibung: Wer einen Screenreader nutzt, verpasst dieses Bild.</translation>
    </message>
</context>
<context>
    <name>ImportRowModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>There is no comment with the number %1.</source>
        <translation>Es gibt keinen Kommentar mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Please give the tag a name.</source>
        <translation>Das Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>A tag can have at most 40 characters.</source>
        <translation>Ein Schlagwort darf höchstens 40 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The built-in tags cannot be deleted.</source>
        <translation>Die eingebauten Schlagwörter lassen sich nicht löschen.</translation>
    </message>
    <message>
        <source>Please write a reply first.</source>
        <translation>Bitte zuerst eine Antwort schreiben.</translation>
    </message>
    <message>
        <source>%1 asked to wait until %2.</source>
        <translation>%1 bittet, bis %2 Uhr zu warten.</translation>
    </message>
    <message>
        <source>on “%1”</source>
        <translation>zu „%1“</translation>
    </message>
</context>
<context>
    <name>InboxSection</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Check for new comments</source>
        <translation>Nach neuen Kommentaren sehen</translation>
    </message>
    <message>
        <source>Fetch new comments from all accounts now (F5)</source>
        <translation>Jetzt neue Kommentare von allen Konten abrufen (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>How often to check for new comments, and notifications</source>
        <translation>Wie oft nach neuen Kommentaren gesehen wird, und Benachrichtigungen</translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation>Noch keine Kommentare</translation>
    </message>
    <message>
        <source>Comments, replies and mentions from all your accounts will appear here in one list, so that no one&apos;s feedback gets lost. Connect an account to start.</source>
        <translation>Kommentare, Antworten und Erwähnungen aus allen deinen Konten erscheinen hier in einer Liste, damit keine Rückmeldung verloren geht. Verbinde ein Konto, um zu beginnen.</translation>
    </message>
    <message>
        <source>Connect your first account</source>
        <translation>Erstes Konto verbinden</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>No comment matches “%1” with these filters. A word also finds longer words that start with it.</source>
        <translation>Mit diesen Filtern passt kein Kommentar zu „%1“. Ein Wort findet auch längere Wörter, die damit beginnen.</translation>
    </message>
    <message>
        <source>Show all open comments</source>
        <translation>Alle offenen Kommentare zeigen</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <source>Every comment has been answered or marked done. 🎉</source>
        <translation>Jeder Kommentar ist beantwortet oder als erledigt markiert. 🎉</translation>
    </message>
    <message>
        <source>Show done comments</source>
        <translation>Erledigte Kommentare zeigen</translation>
    </message>
    <message>
        <source>No comments here</source>
        <translation>Hier sind keine Kommentare</translation>
    </message>
    <message>
        <source>No comment matches these filters.</source>
        <translation>Kein Kommentar passt zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n offener Kommentar</numerusform>
            <numerusform>%n offene Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 comments match</source>
        <translation>Mehr als %1 Kommentare passen</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) match</source>
        <translation>
            <numerusform>%n Kommentar passt</numerusform>
            <numerusform>%n Kommentare passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting open comments</source>
        <translation>Offene Kommentare werden gezählt</translation>
    </message>
    <message>
        <source>Loading tags</source>
        <translation>Schlagwörter werden geladen</translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation>Konten werden geladen</translation>
    </message>
    <message>
        <source>Counting comments</source>
        <translation>Kommentare werden gezählt</translation>
    </message>
    <message numerus="yes">
        <source>Marked done: %n comment(s). Ctrl+Z makes it open again.</source>
        <translation>
            <numerusform>Erledigt: %n Kommentar. Strg+Z macht ihn wieder offen.</numerusform>
            <numerusform>Erledigt: %n Kommentare. Strg+Z macht sie wieder offen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open again: %n comment(s). Ctrl+Z marks it done.</source>
        <translation>
            <numerusform>Wieder offen: %n Kommentar. Strg+Z markiert ihn als erledigt.</numerusform>
            <numerusform>Wieder offen: %n Kommentare. Strg+Z markiert sie als erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking comments</source>
        <translation>Kommentare werden markiert</translation>
    </message>
    <message>
        <source>Tagging comments</source>
        <translation>Schlagwörter werden gespeichert</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Name of the tag (e.g. “volunteering”):</source>
        <translation>Name des Schlagworts (z. B. „Ehrenamt“):</translation>
    </message>
    <message>
        <source>Loading comments</source>
        <translation>Kommentare werden geladen</translation>
    </message>
    <message>
        <source>Your reply is on its way. The outbox sends it now, or as soon as the connection is back.</source>
        <translation>Die Antwort ist unterwegs. Der Postausgang sendet sie jetzt oder sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Checking for new comments…</source>
        <translation>Neue Kommentare werden abgerufen …</translation>
    </message>
    <message>
        <source>Checking for new comments</source>
        <translation>Neue Kommentare werden abgerufen</translation>
    </message>
    <message>
        <source>Cancelled. What had arrived is kept.</source>
        <translation>Abgebrochen. Was schon angekommen ist, bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s).</source>
        <translation>
            <numerusform>%n neuer Kommentar.</numerusform>
            <numerusform>%n neue Kommentare.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new comments.</source>
        <translation>Keine neuen Kommentare.</translation>
    </message>
</context>
<context>
    <name>InboxSettings</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Check for &amp;new comments:</source>
        <translation>Nach &amp;neuen Kommentaren sehen:</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Nur auf Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>1 follower of %1</source>
        <translation>1 Follower von %1</translation>
    </message>
    <message>
        <source>%1 followers of %2</source>
        <translation>%1 Follower von %2</translation>
    </message>
    <message>
        <source>1 follower of the person who shared it</source>
        <translation>1 Follower der Person, die ihn geteilt hat</translation>
    </message>
    <message>
        <source>%1 followers of the person who shared it</source>
        <translation>%1 Follower der Person, die ihn geteilt hat</translation>
    </message>
    <message>
        <source>1 follower of the %1 people who shared it</source>
        <translation>1 Follower der %1 Personen, die ihn geteilt haben</translation>
    </message>
    <message>
        <source>%1 followers of the %2 people who shared it</source>
        <translation>%1 Follower der %2 Personen, die ihn geteilt haben</translation>
    </message>
    <message>
        <source>(1 more share whose followers the network does not show)</source>
        <translation>(dazu 1-mal geteilt, ohne dass das Netzwerk die Follower zeigt)</translation>
    </message>
    <message>
        <source>(%1 more shares whose followers the network does not show)</source>
        <translation>(dazu %1-mal geteilt, ohne dass das Netzwerk die Follower zeigt)</translation>
    </message>
    <message>
        <source>(1 share whose followers the network does not show)</source>
        <translation>(1-mal geteilt, ohne dass das Netzwerk die Follower zeigt)</translation>
    </message>
    <message>
        <source>(%1 shares whose followers the network does not show)</source>
        <translation>(%1-mal geteilt, ohne dass das Netzwerk die Follower zeigt)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Seen by up to</source>
        <translation>Gesehen von bis zu</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Median answer time</source>
        <translation>Mittlere Antwortzeit</translation>
    </message>
    <message>
        <source>9 in 10 within</source>
        <translation>9 von 10 innerhalb</translation>
    </message>
</context>
<context>
    <name>InsightsSection</name>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 Monate</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>Monatsbericht…</translation>
    </message>
    <message>
        <source>A one- or two-page PDF of a month for the board and funders</source>
        <translation>Ein PDF über einen Monat auf ein bis zwei Seiten, für Vorstand und Geldgeber</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Zahlen</translation>
    </message>
    <message>
        <source>Insights counts your followers once a day and the likes and shares of your posts while Kurzdraht fetches comments. Connect an account and publish a post, and the first figures appear here.</source>
        <translation>Die Auswertung zählt einmal am Tag deine Follower und die Likes und Weitergaben deiner Beiträge, während Kurzdraht Kommentare abruft. Verbinde ein Konto und veröffentliche einen Beitrag, dann erscheinen hier die ersten Zahlen.</translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Beitrag schreiben</translation>
    </message>
    <message>
        <source>Reading the figures</source>
        <translation>Zahlen werden gelesen</translation>
    </message>
    <message>
        <source>Kurzdraht report %1.pdf</source>
        <translation>Kurzdraht-Bericht %1.pdf</translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation>Monatsbericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the monthly report</source>
        <translation>Monatsbericht wird geschrieben</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <source>Monthly report saved: %1</source>
        <translation>Monatsbericht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>KurzdrahtApp</name>
    <message>
        <source>Opening your data</source>
        <translation>Deine Daten werden geöffnet</translation>
    </message>
    <message>
        <source>Checking your data</source>
        <translation>Deine Daten werden geprüft</translation>
    </message>
    <message>
        <source>Sending posts</source>
        <translation>Beiträge werden gesendet</translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation>Konten werden geladen</translation>
    </message>
    <message>
        <source>Sending waiting posts</source>
        <translation>Wartende Beiträge werden gesendet</translation>
    </message>
    <message>
        <source>Checking the password store</source>
        <translation>Passwortspeicher wird geprüft</translation>
    </message>
    <message>
        <source>Your data was restored from the backup of %1.</source>
        <translation>Deine Daten wurden aus der Sicherung vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;About Kurzdraht</source>
        <translation>&amp;Über Kurzdraht</translation>
    </message>
    <message>
        <source>&amp;First steps…</source>
        <translation>&amp;Erste Schritte…</translation>
    </message>
    <message>
        <source>About Kurzdraht</source>
        <translation>Über Kurzdraht</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kurzdraht %1&lt;/h3&gt;&lt;p&gt;One inbox, one composer and one calendar for the social media of social organisations.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kurzdraht %1&lt;/h3&gt;&lt;p&gt;Ein Posteingang, ein Editor und ein Kalender für die sozialen Medien sozialer Organisationen.&lt;/p&gt;&lt;p&gt;Deine Daten bleiben auf diesem Computer: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No password store found: drafting works, connecting accounts does not.</source>
        <translation>Kein Passwortspeicher gefunden: Entwürfe gehen, Konten verbinden nicht.</translation>
    </message>
    <message>
        <source>Posts still on their way</source>
        <translation>Beiträge noch unterwegs</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are not sent yet. If you quit now, they are sent the next time you start Kurzdraht. Quit anyway?</source>
        <translation>
            <numerusform>%n Beitrag ist noch nicht gesendet. Wenn du jetzt beendest, wird er beim nächsten Start von Kurzdraht gesendet. Trotzdem beenden?</numerusform>
            <numerusform>%n Beiträge sind noch nicht gesendet. Wenn du jetzt beendest, werden sie beim nächsten Start von Kurzdraht gesendet. Trotzdem beenden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>The image “%1” does not exist.</source>
        <translation>Das Bild „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is not an image Kurzdraht can read (JPEG, PNG, GIF or WebP).</source>
        <translation>„%1“ ist kein Bild, das Kurzdraht lesen kann (JPEG, PNG, GIF oder WebP).</translation>
    </message>
    <message>
        <source>The image “%1” is too large: %2 megapixels; at most %3 megapixels.</source>
        <translation>Das Bild „%1“ ist zu groß: %2 Megapixel; höchstens %3 Megapixel.</translation>
    </message>
    <message>
        <source>The animated GIF “%1” is too large for this network and cannot be made smaller without losing its animation.</source>
        <translation>Das animierte GIF „%1“ ist zu groß für dieses Netzwerk und lässt sich nicht verkleinern, ohne die Animation zu verlieren.</translation>
    </message>
    <message>
        <source>This network does not accept images like “%1”.</source>
        <translation>Dieses Netzwerk nimmt Bilder wie „%1“ nicht an.</translation>
    </message>
    <message>
        <source>The image “%1” could not be made small enough for this network.</source>
        <translation>Das Bild „%1“ ließ sich nicht klein genug für dieses Netzwerk machen.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Changed for %1 only: the other networks keep the main text.</source>
        <translation>Nur für %1 geändert: Die anderen Netzwerke behalten den Haupttext.</translation>
    </message>
    <message>
        <source>Follows the main text. Type here to change it for %1 only.</source>
        <translation>Folgt dem Haupttext. Tippe hier, um ihn nur für %1 zu ändern.</translation>
    </message>
    <message>
        <source>Use the main text again</source>
        <translation>Wieder den Haupttext verwenden</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>Please enter the handle and an app password.</source>
        <translation>Bitte gib den Handle und ein App-Passwort ein.</translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation>Bitte fülle „%1“ aus.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 account.</source>
        <translation>„%1“ ist kein %2-Konto.</translation>
    </message>
    <message>
        <source>The login for “%1” is missing from the system password store. Please reconnect the account.</source>
        <translation>Die Anmeldung für „%1“ fehlt in der Passwortverwaltung des Systems. Bitte verbinde das Konto neu.</translation>
    </message>
    <message>
        <source>This sign-in needs a browser; please connect in Kurzdraht.</source>
        <translation>Diese Anmeldung braucht einen Browser; bitte verbinde das Konto in Kurzdraht.</translation>
    </message>
    <message>
        <source>The saved login is missing from the system password store. Please reconnect the account.</source>
        <translation>Die gespeicherte Anmeldung fehlt im Passwortspeicher des Systems. Bitte verbinde das Konto neu.</translation>
    </message>
    <message>
        <source>Bluesky did not accept this handle and app password. Please check both.</source>
        <translation>Bluesky hat diesen Handle und dieses App-Passwort nicht angenommen. Bitte prüfe beides.</translation>
    </message>
    <message>
        <source>This post is no longer on %1.</source>
        <translation>Dieser Beitrag ist nicht mehr auf %1.</translation>
    </message>
    <message>
        <source>a Bluesky account (with an app password)</source>
        <translation>ein Bluesky-Konto (mit App-Passwort)</translation>
    </message>
    <message>
        <source>Use an app password, not your main password. You create one in Bluesky under &lt;a href=&quot;%1&quot;&gt;Settings → Privacy and security → App passwords&lt;/a&gt;.</source>
        <translation>Nimm ein App-Passwort, nicht dein Hauptpasswort. Du erstellst es in Bluesky unter &lt;a href=&quot;%1&quot;&gt;Einstellungen → Privatsphäre und Sicherheit → App-Passwörter&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Handle:</source>
        <translation>Handle:</translation>
    </message>
    <message>
        <source>e.g. name.bsky.social</source>
        <translation>z. B. name.bsky.social</translation>
    </message>
    <message>
        <source>App password:</source>
        <translation>App-Passwort:</translation>
    </message>
    <message>
        <source>read the app password from standard input</source>
        <translation>das App-Passwort von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>App password: </source>
        <translation>App-Passwort: </translation>
    </message>
    <message>
        <source>Server (only if not bsky.social):</source>
        <translation>Server (nur wenn nicht bsky.social):</translation>
    </message>
    <message>
        <source>the account&apos;s server (default: bsky.social)</source>
        <translation>der Server des Kontos (Standard: bsky.social)</translation>
    </message>
    <message>
        <source>%1 took too long to process the image “%2”.</source>
        <translation>%1 hat zu lange gebraucht, um das Bild „%2“ zu verarbeiten.</translation>
    </message>
    <message>
        <source>a Mastodon account (signs in through the browser unless a token is given)</source>
        <translation>ein Mastodon-Konto (Anmeldung im Browser, außer ein Token wird angegeben)</translation>
    </message>
    <message>
        <source>Enter your Mastodon server. Kurzdraht then opens your browser, where you sign in and allow Kurzdraht to post. If you prefer, paste an access token from Preferences → Development instead.</source>
        <translation>Gib deinen Mastodon-Server ein. Kurzdraht öffnet dann deinen Browser, wo du dich anmeldest und Kurzdraht das Veröffentlichen erlaubst. Wenn du magst, füge stattdessen ein Zugriffstoken aus Einstellungen → Entwicklung ein.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>the Mastodon server, e.g. social.example</source>
        <translation>der Mastodon-Server, z. B. social.example</translation>
    </message>
    <message>
        <source>someone on Facebook</source>
        <translation>jemand auf Facebook</translation>
    </message>
    <message>
        <source>This is the Page token of “%1”, not of “%2”.</source>
        <translation>Das ist das Seiten-Token von „%1“, nicht von „%2“.</translation>
    </message>
    <message>
        <source>a Facebook Page (signs in through your organisation&apos;s Meta app unless a token is given)</source>
        <translation>eine Facebook-Seite (meldet sich über die Meta-App deiner Organisation an, wenn kein Token angegeben ist)</translation>
    </message>
    <message>
        <source>Kurzdraht signs in through your organisation&apos;s own Meta app (see “Developer apps”): your browser opens, you log in to Facebook and allow Kurzdraht to manage the Page. If you prefer, paste a user or Page access token instead, e.g. from the Graph API Explorer.</source>
        <translation>Kurzdraht meldet sich über die eigene Meta-App deiner Organisation an (siehe „Entwickler-Apps“): Dein Browser öffnet sich, du meldest dich bei Facebook an und erlaubst Kurzdraht, die Seite zu verwalten. Wenn du möchtest, füge stattdessen ein Nutzer- oder Seiten-Zugriffstoken ein, z. B. aus dem Graph API Explorer.</translation>
    </message>
    <message>
        <source>Page (optional):</source>
        <translation>Seite (optional):</translation>
    </message>
    <message>
        <source>the Page&apos;s ID or name, when the login manages several</source>
        <translation>die ID oder der Name der Seite, wenn die Anmeldung mehrere verwaltet</translation>
    </message>
    <message>
        <source>Access token (optional):</source>
        <translation>Zugriffstoken (optional):</translation>
    </message>
    <message>
        <source>read a user or Page access token from standard input instead</source>
        <translation>stattdessen ein Nutzer- oder Seiten-Zugriffstoken von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>read an access token from standard input instead</source>
        <translation>stattdessen ein Zugriffstoken von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in. Please try again.</source>
        <translation>Die Antwort aus dem Browser gehörte nicht zu dieser Anmeldung. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in the browser (%1).</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen (%1).</translation>
    </message>
    <message>
        <source>Please paste the access token.</source>
        <translation>Bitte füge das Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, and the network returns only there after the sign-in. Please close that program (or another Kurzdraht sign-in) and try again.</source>
        <translation>Port %1 auf diesem Computer wird von einem anderen Programm belegt, und das Netzwerk kehrt nach der Anmeldung nur dorthin zurück. Bitte schließe das Programm (oder eine andere Kurzdraht-Anmeldung) und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time. Please try again.</source>
        <translation>Die Anmeldung im Browser wurde nicht rechtzeitig abgeschlossen. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Kurzdraht has received the answer. You can close this browser tab now.</source>
        <translation>Kurzdraht hat die Antwort erhalten. Du kannst diesen Browser-Tab jetzt schließen.</translation>
    </message>
    <message>
        <source>This is not the address the browser ended on after the sign-in (it should start with %1). Please copy it from the browser&apos;s address bar.</source>
        <translation>Das ist nicht die Adresse, bei der der Browser nach der Anmeldung gelandet ist (sie sollte mit %1 beginnen). Bitte kopiere sie aus der Adressleiste des Browsers.</translation>
    </message>
    <message>
        <source>This is neither an access token nor the answer of the network&apos;s token endpoint (JSON with “access_token”). Please copy it again.</source>
        <translation>Das ist weder ein Zugriffstoken noch die Antwort des Token-Endpunkts des Netzwerks (JSON mit „access_token“). Bitte kopiere es noch einmal.</translation>
    </message>
    <message>
        <source>The network&apos;s answer to the sign-in held no login. Please try again.</source>
        <translation>Die Antwort des Netzwerks auf die Anmeldung enthielt keine Anmeldung. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Kurzdraht cannot connect to %1 yet.</source>
        <translation>Kurzdraht kann sich noch nicht mit %1 verbinden.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB, more than Kurzdraht reads.</source>
        <translation>%1 hat eine Antwort von mehr als %2 MB geschickt, mehr als Kurzdraht liest.</translation>
    </message>
    <message>
        <source>%1 sent an answer that Kurzdraht cannot read.</source>
        <translation>%1 hat eine Antwort geschickt, die Kurzdraht nicht lesen kann.</translation>
    </message>
    <message>
        <source>Could not reach %1. Is the computer online?</source>
        <translation>%1 ist nicht erreichbar. Ist der Computer online?</translation>
    </message>
    <message>
        <source>The connection to %1 broke off before it answered, so it is not known whether this went through.</source>
        <translation>Die Verbindung zu %1 brach vor der Antwort ab; es ist daher nicht bekannt, ob es angekommen ist.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off. Please try again.</source>
        <translation>Die Verbindung zu %1 brach ab. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <source>%1 no longer accepts the saved login. Please reconnect the account.</source>
        <translation>%1 nimmt die gespeicherte Anmeldung nicht mehr an. Bitte verbinde das Konto neu.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2), so it is not known whether this went through.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2); es ist daher nicht bekannt, ob es angekommen ist.</translation>
    </message>
    <message>
        <source>Open developers.facebook.com/apps with the Facebook login of a person who manages the Page, and choose “Create app”. Name it e.g. “Kurzdraht Lindenhof”.</source>
        <translation>Öffne developers.facebook.com/apps mit dem Facebook-Login einer Person, die die Seite verwaltet, und wähle „App erstellen“. Nenne sie z. B. „Kurzdraht Lindenhof“.</translation>
    </message>
    <message>
        <source>As use cases choose “Manage everything on your Page” and, for Instagram, “Manage messaging and content on Instagram” (with Facebook Login). Connect the app to no business portfolio, or to your organisation&apos;s own.</source>
        <translation>Wähle als Anwendungsfälle „Alles auf deiner Seite verwalten“ und für Instagram „Nachrichten und Inhalte auf Instagram verwalten“ (mit Facebook Login). Verbinde die App mit keinem Business-Portfolio oder mit dem deiner Organisation.</translation>
    </message>
    <message>
        <source>Under the use cases, add these permissions: pages_show_list, pages_read_engagement, pages_read_user_content, pages_manage_posts, pages_manage_engagement; for Instagram also instagram_basic, instagram_content_publish, instagram_manage_comments.</source>
        <translation>Füge unter den Anwendungsfällen diese Berechtigungen hinzu: pages_show_list, pages_read_engagement, pages_read_user_content, pages_manage_posts, pages_manage_engagement; für Instagram außerdem instagram_basic, instagram_content_publish, instagram_manage_comments.</translation>
    </message>
    <message>
        <source>Under Facebook Login → Settings, enter this address as a “Valid OAuth Redirect URI”: %1</source>
        <translation>Trage unter Facebook Login → Einstellungen diese Adresse als „Gültige OAuth-Weiterleitungs-URI“ ein: %1</translation>
    </message>
    <message>
        <source>Leave the app in development mode: then it needs no review by Meta. Under App roles → Roles, add every colleague who will connect accounts (as developer or tester).</source>
        <translation>Lass die App im Entwicklungsmodus: Dann braucht sie keine Prüfung durch Meta. Füge unter App-Rollen → Rollen alle Kolleg*innen hinzu, die Konten verbinden werden (als Entwickler*in oder Tester*in).</translation>
    </message>
    <message>
        <source>Under App settings → Basic, copy the App ID and the App secret (“Show”) into the fields below.</source>
        <translation>Kopiere unter App-Einstellungen → Allgemeines die App-ID und den App-Geheimcode („Anzeigen“) in die Felder unten.</translation>
    </message>
    <message>
        <source>%1 asks Kurzdraht to wait until %2 before the next request.</source>
        <translation>%1 bittet Kurzdraht, bis %2 mit der nächsten Anfrage zu warten.</translation>
    </message>
    <message>
        <source>%1 has a problem right now (%2). Please try again later.</source>
        <translation>%1 hat gerade ein Problem (%2). Bitte versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>%1 refused this: %2</source>
        <translation>%1 hat das abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 fetches images from the web: choose the WordPress blog that puts them there (Accounts → Images via…).</source>
        <translation>%1 holt Bilder aus dem Netz: Wähle den WordPress-Blog, der sie dorthin stellt (Konten → Bilder über …).</translation>
    </message>
    <message>
        <source>This login does not manage the Page “%1”. It manages: %2</source>
        <translation>Diese Anmeldung verwaltet die Seite „%1“ nicht. Sie verwaltet: %2</translation>
    </message>
    <message>
        <source>This login manages no Facebook Page that %1 can use. Sign in with a person who manages the Page, and allow Kurzdraht all the Pages it asks for.</source>
        <translation>Diese Anmeldung verwaltet keine Facebook-Seite, die %1 nutzen kann. Melde dich mit einer Person an, die die Seite verwaltet, und erlaube Kurzdraht alle Seiten, nach denen es fragt.</translation>
    </message>
    <message>
        <source>This login manages several Pages. Which one do you want to connect? (--page)</source>
        <translation>Diese Anmeldung verwaltet mehrere Seiten. Welche möchtest du verbinden? (--page)</translation>
    </message>
    <message>
        <source>So it is not known whether this went through.</source>
        <translation>Deshalb ist unbekannt, ob es angekommen ist.</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>Bitte versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>%1 asks to wait until %2 before the next request.</source>
        <translation>%1 bittet, bis %2 mit der nächsten Anfrage zu warten.</translation>
    </message>
    <message>
        <source>Please enter the server&apos;s address.</source>
        <translation>Bitte gib die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Kurzdraht only connects to “%1” over an encrypted connection (https://), so that nobody on the way can read your password.</source>
        <translation>Kurzdraht verbindet sich mit „%1“ nur verschlüsselt (https://), damit niemand unterwegs dein Passwort mitlesen kann.</translation>
    </message>
    <message>
        <source>WordPress did not accept this user name and Application Password. Please check both, or create a new Application Password.</source>
        <translation>WordPress hat diesen Benutzernamen und dieses Anwendungspasswort nicht angenommen. Bitte prüfe beides oder erstelle ein neues Anwendungspasswort.</translation>
    </message>
    <message>
        <source>The blog did not say where it put the image.</source>
        <translation>Der Blog hat nicht gesagt, wo er das Bild abgelegt hat.</translation>
    </message>
    <message>
        <source>Please enter the user name and the Application Password.</source>
        <translation>Bitte gib den Benutzernamen und das Anwendungspasswort ein.</translation>
    </message>
    <message>
        <source>a WordPress blog (with an Application Password)</source>
        <translation>ein WordPress-Blog (mit Anwendungspasswort)</translation>
    </message>
    <message>
        <source>Kurzdraht posts to your blog with an Application Password. Create one in WordPress under Users → Profile → Application Passwords, or with the button below, and paste it here.</source>
        <translation>Kurzdraht veröffentlicht in deinem Blog mit einem Anwendungspasswort. Erstelle es in WordPress unter Benutzer → Profil → Anwendungspasswörter oder mit dem Knopf unten und füge es hier ein.</translation>
    </message>
    <message>
        <source>Blog address:</source>
        <translation>Adresse des Blogs:</translation>
    </message>
    <message>
        <source>the blog&apos;s address</source>
        <translation>die Adresse des Blogs</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>your WordPress user name</source>
        <translation>dein WordPress-Benutzername</translation>
    </message>
    <message>
        <source>Application Password:</source>
        <translation>Anwendungspasswort:</translation>
    </message>
    <message>
        <source>read the Application Password from standard input</source>
        <translation>das Anwendungspasswort von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Application Password: </source>
        <translation>Anwendungspasswort: </translation>
    </message>
    <message>
        <source>Create an Application Password in the browser</source>
        <translation>Anwendungspasswort im Browser erstellen</translation>
    </message>
    <message>
        <source>Copy the new password from the browser into the field above.</source>
        <translation>Kopiere das neue Passwort aus dem Browser in das Feld oben.</translation>
    </message>
    <message>
        <source>“%1” is not an app ID. Please copy it from the app&apos;s settings.</source>
        <translation>„%1“ ist keine App-ID. Bitte kopiere sie aus den Einstellungen der App.</translation>
    </message>
    <message>
        <source>%1 returns to Kurzdraht on this computer: the redirect address must look like http://127.0.0.1:PORT/path.</source>
        <translation>%1 kehrt zu Kurzdraht auf diesem Computer zurück: Die Weiterleitungsadresse muss wie http://127.0.0.1:PORT/pfad aussehen.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s %1 app is needed first: add its app ID and secret under Accounts → Developer apps (or with `kurzdraht apps set %2`). The guide there shows how to create it.</source>
        <translation>Zuerst wird die %1-App deiner Organisation gebraucht: Trage ihre App-ID und ihr Geheimnis unter Konten → Entwickler-Apps ein (oder mit `kurzdraht apps set %2`). Die Anleitung dort zeigt, wie du sie anlegst.</translation>
    </message>
    <message>
        <source>Please enter the app secret.</source>
        <translation>Bitte gib das App-Geheimnis ein.</translation>
    </message>
    <message>
        <source>%1 only returns to https addresses. Please enter one.</source>
        <translation>%1 leitet nur zu https-Adressen zurück. Bitte gib eine ein.</translation>
    </message>
    <message>
        <source>Kurzdraht knows no developer app “%1”.</source>
        <translation>Kurzdraht kennt keine Entwickler-App „%1“.</translation>
    </message>
    <message>
        <source>This account cannot put images on the web.</source>
        <translation>Dieses Konto kann keine Bilder ins Netz stellen.</translation>
    </message>
    <message>
        <source>Instagram needs an image with every post.</source>
        <translation>Instagram braucht zu jedem Beitrag ein Bild.</translation>
    </message>
    <message>
        <source>Instagram says the post was published but does not show it yet. Checking again soon.</source>
        <translation>Instagram sagt, der Beitrag sei veröffentlicht, zeigt ihn aber noch nicht. Kurzdraht sieht bald wieder nach.</translation>
    </message>
    <message>
        <source>Instagram allows %1 posts a day through apps; this account has reached it.</source>
        <translation>Instagram erlaubt %1 Beiträge am Tag über Apps; dieses Konto hat das erreicht.</translation>
    </message>
    <message>
        <source>Instagram could not take the image: %1</source>
        <translation>Instagram konnte das Bild nicht übernehmen: %1</translation>
    </message>
    <message>
        <source>Instagram is still preparing the image. Trying again later.</source>
        <translation>Instagram bereitet das Bild noch vor. Kurzdraht versucht es später wieder.</translation>
    </message>
    <message>
        <source>None of these Facebook Pages has an Instagram professional account linked to it: %1. Link the Instagram account to the Page in the Page&apos;s settings (Linked accounts), then try again.</source>
        <translation>Keine dieser Facebook-Seiten ist mit einem professionellen Instagram-Konto verknüpft: %1. Verknüpfe das Instagram-Konto in den Einstellungen der Seite (Verknüpfte Konten) und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>an Instagram professional account linked to a Facebook Page (through your organisation&apos;s Meta app)</source>
        <translation>ein professionelles Instagram-Konto, verknüpft mit einer Facebook-Seite (über die Meta-App deiner Organisation)</translation>
    </message>
    <message>
        <source>Instagram professional accounts connect through the Facebook Page they are linked to, with your organisation&apos;s own Meta app (see “Developer apps”). Instagram fetches every image from the web, so choose the WordPress blog whose media library puts them there.</source>
        <translation>Professionelle Instagram-Konten werden über die verknüpfte Facebook-Seite verbunden, mit der eigenen Meta-App deiner Organisation (siehe „Entwickler-Apps“). Instagram holt jedes Bild aus dem Netz; wähle deshalb den WordPress-Blog, dessen Mediathek sie dorthin stellt.</translation>
    </message>
    <message>
        <source>Facebook Page (optional):</source>
        <translation>Facebook-Seite (optional):</translation>
    </message>
    <message>
        <source>the Facebook Page the Instagram account is linked to, by ID or name</source>
        <translation>die Facebook-Seite, mit der das Instagram-Konto verknüpft ist, als ID oder Name</translation>
    </message>
    <message>
        <source>Images via blog:</source>
        <translation>Bilder über Blog:</translation>
    </message>
    <message>
        <source>the WordPress account (its name or handle) that puts the images on the web</source>
        <translation>das WordPress-Konto (Name oder Handle), das die Bilder ins Netz stellt</translation>
    </message>
    <message>
        <source>Open developers.facebook.com/apps with the Facebook login of the person who manages the Threads profile, choose “Create app” and the use case “Access the Threads API”.</source>
        <translation>Öffne developers.facebook.com/apps mit dem Facebook-Login der Person, die das Threads-Profil verwaltet, wähle „App erstellen“ und den Anwendungsfall „Auf die Threads-API zugreifen“.</translation>
    </message>
    <message>
        <source>Under the use case, add the permissions threads_basic, threads_content_publish, threads_read_replies, threads_manage_replies and threads_manage_insights.</source>
        <translation>Füge unter dem Anwendungsfall die Berechtigungen threads_basic, threads_content_publish, threads_read_replies, threads_manage_replies und threads_manage_insights hinzu.</translation>
    </message>
    <message>
        <source>Under Settings, enter an https address of your organisation as “Redirect Callback URL”, e.g. a page of your blog such as https://lindenhof.example/kurzdraht/ (the page need not exist; the address only has to be yours). Enter the same address below. Enter it also for “Uninstall” and “Delete” callbacks.</source>
        <translation>Trage unter Einstellungen eine https-Adresse deiner Organisation als „Redirect Callback URL“ ein, z. B. eine Seite deines Blogs wie https://lindenhof.example/kurzdraht/ (die Seite muss nicht existieren; die Adresse muss nur deiner Organisation gehören). Trage dieselbe Adresse unten ein, und auch bei den Callbacks „Uninstall“ und „Delete“.</translation>
    </message>
    <message>
        <source>Under App roles → Roles, add the Threads profile as a Threads tester; accept the invitation in Threads under Settings → Account → Website permissions.</source>
        <translation>Füge unter App-Rollen → Rollen das Threads-Profil als Threads-Tester*in hinzu; nimm die Einladung in Threads unter Einstellungen → Konto → Website-Berechtigungen an.</translation>
    </message>
    <message>
        <source>Under the use case&apos;s settings, copy the Threads app ID and the Threads app secret (not the Facebook ones) into the fields below.</source>
        <translation>Kopiere aus den Einstellungen des Anwendungsfalls die Threads-App-ID und den Threads-App-Geheimcode (nicht die von Facebook) in die Felder unten.</translation>
    </message>
    <message>
        <source>Threads says the post was published but does not show it yet. Checking again soon.</source>
        <translation>Threads sagt, der Beitrag sei veröffentlicht, zeigt ihn aber noch nicht. Kurzdraht sieht bald wieder nach.</translation>
    </message>
    <message>
        <source>Threads allows %1 posts a day through apps; this account has reached it.</source>
        <translation>Threads erlaubt %1 Beiträge am Tag über Apps; dieses Konto hat das erreicht.</translation>
    </message>
    <message>
        <source>Threads could not take the post: %1</source>
        <translation>Threads konnte den Beitrag nicht übernehmen: %1</translation>
    </message>
    <message>
        <source>Threads is still preparing the post. Trying again later.</source>
        <translation>Threads bereitet den Beitrag noch vor. Kurzdraht versucht es später wieder.</translation>
    </message>
    <message>
        <source>a Threads profile (signs in through your organisation&apos;s Threads app unless a token is given)</source>
        <translation>ein Threads-Profil (meldet sich über die Threads-App deiner Organisation an, wenn kein Token angegeben ist)</translation>
    </message>
    <message>
        <source>Kurzdraht signs in through your organisation&apos;s own Threads app (see “Developer apps”). Threads sends your browser back to your organisation&apos;s own web address; Kurzdraht then asks you to copy that address. Images go to the web through your WordPress blog.</source>
        <translation>Kurzdraht meldet sich über die eigene Threads-App deiner Organisation an (siehe „Entwickler-Apps“). Threads schickt deinen Browser zurück zur Webadresse deiner Organisation; Kurzdraht bittet dich dann, diese Adresse zu kopieren. Bilder kommen über deinen WordPress-Blog ins Netz.</translation>
    </message>
    <message>
        <source>read a Threads access token from standard input instead</source>
        <translation>stattdessen ein Threads-Zugriffstoken von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Another Kurzdraht window or task is renewing this account&apos;s login and does not finish. Please try again in a moment.</source>
        <translation>Ein anderes Kurzdraht-Fenster oder eine andere Aufgabe erneuert gerade die Anmeldung dieses Kontos und wird nicht fertig. Bitte versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>This channel has no API: a person posts it by hand.</source>
        <translation>Dieser Kanal hat keine Schnittstelle: Ein Mensch veröffentlicht den Beitrag von Hand.</translation>
    </message>
    <message>
        <source>a channel without an API (XING, a newsletter): Kurzdraht reminds you and you post it by hand</source>
        <translation>ein Kanal ohne Schnittstelle (XING, ein Newsletter): Kurzdraht erinnert dich, und du veröffentlichst von Hand</translation>
    </message>
    <message>
        <source>For channels Kurzdraht cannot post to itself (XING, your own app, a newsletter). Plan posts for it as for any other account; when one is due, Kurzdraht reminds you, copies its text and opens the address below. Once it is posted, paste its link — or skip it.</source>
        <translation>Für Kanäle, in denen Kurzdraht nicht selbst veröffentlichen kann (XING, deine eigene App, ein Newsletter). Plane Beiträge dafür wie für jedes andere Konto; wenn einer fällig ist, erinnert dich Kurzdraht, kopiert seinen Text und öffnet die Adresse unten. Ist er veröffentlicht, füge seinen Link ein – oder überspringe ihn.</translation>
    </message>
    <message>
        <source>Where to post it:</source>
        <translation>Wo veröffentlichen:</translation>
    </message>
    <message>
        <source>the address Kurzdraht opens when a post is due (https)</source>
        <translation>die Adresse, die Kurzdraht öffnet, wenn ein Beitrag fällig ist (https)</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>Open linkedin.com/developers/apps with the LinkedIn login of a person who is a super admin of your organisation&apos;s LinkedIn Page, choose “Create app” and name your Page as the app&apos;s company. Verify the app with the Page when LinkedIn asks.</source>
        <translation>Öffne linkedin.com/developers/apps mit dem LinkedIn-Login einer Person, die Super-Admin der LinkedIn-Seite deiner Organisation ist, wähle „Create app“ und gib die Seite als Unternehmen der App an. Bestätige die App mit der Seite, wenn LinkedIn danach fragt.</translation>
    </message>
    <message>
        <source>Under “Products”, request the “Community Management API”. It must be the only product on this app, so use another app for anything else. LinkedIn checks the request; this can take a few days.</source>
        <translation>Beantrage unter „Products“ die „Community Management API“. Sie muss das einzige Produkt dieser App sein – nimm für alles andere eine andere App. LinkedIn prüft den Antrag; das kann ein paar Tage dauern.</translation>
    </message>
    <message>
        <source>Under “Auth”, check that the scopes rw_organization_admin, w_organization_social and r_organization_social are listed.</source>
        <translation>Prüfe unter „Auth“, dass die Scopes rw_organization_admin, w_organization_social und r_organization_social aufgeführt sind.</translation>
    </message>
    <message>
        <source>Under “Auth” → “Authorized redirect URLs”, add an https address of your organisation, e.g. a page of your website such as https://lindenhof.example/kurzdraht/ (the page need not exist), and enter the same address below: after signing in you copy the address your browser ended on into Kurzdraht. Only if LinkedIn has enabled sign-in on this computer for your app, leave the address below empty: Kurzdraht then receives the answer itself at %1.</source>
        <translation>Trage unter „Auth“ → „Authorized redirect URLs“ eine https-Adresse deiner Organisation ein, z. B. eine Seite deiner Website wie https://lindenhof.example/kurzdraht/ (die Seite muss nicht existieren), und gib dieselbe Adresse unten ein: Nach der Anmeldung kopierst du die Adresse, auf der dein Browser gelandet ist, in Kurzdraht. Nur wenn LinkedIn die Anmeldung auf diesem Computer für deine App freigeschaltet hat, lass die Adresse unten leer: Dann empfängt Kurzdraht die Antwort selbst unter %1.</translation>
    </message>
    <message>
        <source>Under “Auth”, copy the “Client ID” and the “Primary Client Secret” into the fields below.</source>
        <translation>Kopiere unter „Auth“ die „Client ID“ und das „Primary Client Secret“ in die Felder unten.</translation>
    </message>
    <message>
        <source>LinkedIn no longer accepts the saved login. Please reconnect the account.</source>
        <translation>LinkedIn akzeptiert die gespeicherte Anmeldung nicht mehr. Bitte verbinde das Konto neu.</translation>
    </message>
    <message>
        <source>LinkedIn sent an answer that Kurzdraht cannot read.</source>
        <translation>LinkedIn hat eine Antwort geschickt, die Kurzdraht nicht lesen kann.</translation>
    </message>
    <message>
        <source>Your LinkedIn login has no admin role on this Page (any more). A super admin of the Page can give you the role “Super admin” or “Content admin”; then reconnect the account.</source>
        <translation>Dein LinkedIn-Login hat (nicht mehr) die Rolle eines Admins dieser Seite. Ein Super-Admin der Seite kann dir die Rolle „Super admin“ oder „Content admin“ geben; verbinde danach das Konto neu.</translation>
    </message>
    <message>
        <source>The text is too long for LinkedIn (3,000 characters). LinkedIn counts each of the characters ( ) [ ] { } &lt; &gt; # @ * _ ~ | \ twice. Please shorten the text.</source>
        <translation>Der Text ist zu lang für LinkedIn (3.000 Zeichen). LinkedIn zählt jedes der Zeichen ( ) [ ] { } &lt; &gt; # @ * _ ~ | \ doppelt. Bitte kürze den Text.</translation>
    </message>
    <message>
        <source>LinkedIn says this exact text is already on the Page, so it was probably posted before. Please look at the Page on LinkedIn; Kurzdraht does not send it again.</source>
        <translation>LinkedIn sagt, dass genau dieser Text schon auf der Seite steht – er wurde also wahrscheinlich schon veröffentlicht. Bitte sieh auf der Seite bei LinkedIn nach; Kurzdraht schickt ihn nicht noch einmal.</translation>
    </message>
    <message>
        <source>LinkedIn did not take the image. Please try again.</source>
        <translation>LinkedIn hat das Bild nicht angenommen. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <source>LinkedIn could not process the picture “%1”. Please try another one (JPEG or PNG).</source>
        <translation>LinkedIn konnte das Bild „%1“ nicht verarbeiten. Bitte versuche ein anderes (JPEG oder PNG).</translation>
    </message>
    <message>
        <source>LinkedIn is still preparing the picture. Trying again later.</source>
        <translation>LinkedIn bereitet das Bild noch vor. Kurzdraht versucht es später noch einmal.</translation>
    </message>
    <message>
        <source>LinkedIn does not accept the client ID and secret of your organisation&apos;s LinkedIn app. Please copy them again under Developer apps.</source>
        <translation>LinkedIn akzeptiert Client-ID und Client-Secret der LinkedIn-App deiner Organisation nicht. Bitte kopiere sie unter „Entwickler-Apps“ noch einmal.</translation>
    </message>
    <message>
        <source>This LinkedIn login has no admin role on the Page “%1”. It may post for: %2</source>
        <translation>Dieser LinkedIn-Login hat keine Admin-Rolle für die Seite „%1“. Er darf veröffentlichen für: %2</translation>
    </message>
    <message>
        <source>This LinkedIn login has no admin role on any LinkedIn Page. Sign in with a person who is “Super admin” or “Content admin” of your organisation&apos;s Page.</source>
        <translation>Dieser LinkedIn-Login hat für keine LinkedIn-Seite eine Admin-Rolle. Melde dich mit einer Person an, die „Super admin“ oder „Content admin“ der Seite deiner Organisation ist.</translation>
    </message>
    <message>
        <source>This LinkedIn login may post for several Pages. Which one do you want to connect? (--organization)</source>
        <translation>Dieser LinkedIn-Login darf für mehrere Seiten veröffentlichen. Welche möchtest du verbinden? (--organization)</translation>
    </message>
    <message>
        <source>a LinkedIn Page (signs in through your organisation&apos;s LinkedIn app unless a token is given)</source>
        <translation>eine LinkedIn-Seite (Anmeldung über die LinkedIn-App deiner Organisation, außer ein Token wird angegeben)</translation>
    </message>
    <message>
        <source>Kurzdraht posts as your organisation&apos;s LinkedIn Page and signs in through your organisation&apos;s own LinkedIn app (see “Developer apps”). Your browser opens LinkedIn; afterwards you copy the address it ended on into Kurzdraht, unless LinkedIn lets your app return to this computer. The login lasts 60 days; Accounts reminds you a week before it ends.</source>
        <translation>Kurzdraht veröffentlicht als LinkedIn-Seite deiner Organisation und meldet sich über die eigene LinkedIn-App deiner Organisation an (siehe „Entwickler-Apps“). Dein Browser öffnet LinkedIn; danach kopierst du die Adresse, auf der er gelandet ist, in Kurzdraht – außer LinkedIn lässt deine App zu diesem Computer zurückkehren. Die Anmeldung gilt 60 Tage; „Konten“ erinnert dich eine Woche vor dem Ende.</translation>
    </message>
    <message>
        <source>LinkedIn Page (optional):</source>
        <translation>LinkedIn-Seite (optional):</translation>
    </message>
    <message>
        <source>the LinkedIn Page&apos;s ID or name, when your login may post for several (not the same as --organisation, the organisation in Kurzdraht)</source>
        <translation>ID oder Name der LinkedIn-Seite, wenn dein Login für mehrere veröffentlichen darf (nicht dasselbe wie --organisation, die Organisation in Kurzdraht)</translation>
    </message>
    <message>
        <source>read an access token from standard input instead: the token, or the JSON LinkedIn&apos;s token endpoint answered</source>
        <translation>stattdessen ein Zugriffstoken von der Standardeingabe lesen: das Token oder das JSON, das der Token-Endpunkt von LinkedIn geantwortet hat</translation>
    </message>
    <message>
        <source>LinkedIn Page</source>
        <translation>LinkedIn-Seite</translation>
    </message>
    <message>
        <source>LinkedIn member</source>
        <translation>LinkedIn-Mitglied</translation>
    </message>
    <message>
        <source>LinkedIn no longer accepts the version of its interface that this Kurzdraht uses (%1). Please update Kurzdraht.</source>
        <translation>LinkedIn akzeptiert die Version seiner Schnittstelle, die dieses Kurzdraht verwendet (%1), nicht mehr. Bitte aktualisiere Kurzdraht.</translation>
    </message>
    <message>
        <source>The LinkedIn login has run out (it lasts 60 days). Please reconnect the account.</source>
        <translation>Die LinkedIn-Anmeldung ist abgelaufen (sie gilt 60 Tage). Bitte verbinde das Konto neu.</translation>
    </message>
    <message>
        <source>LinkedIn refused this: your LinkedIn login has no admin role on this Page. A super admin of the Page can give you the role “Super admin” or “Content admin”.</source>
        <translation>LinkedIn hat das abgelehnt: Dein LinkedIn-Login hat keine Admin-Rolle für diese Seite. Ein Super-Admin der Seite kann dir die Rolle „Super admin“ oder „Content admin“ geben.</translation>
    </message>
    <message>
        <source>LinkedIn refused this: your LinkedIn login has no admin role on this Page, or your organisation&apos;s LinkedIn app lacks the “Community Management API”. (LinkedIn: %1)</source>
        <translation>LinkedIn hat das abgelehnt: Dein LinkedIn-Login hat keine Admin-Rolle für diese Seite, oder der LinkedIn-App deiner Organisation fehlt die „Community Management API“. (LinkedIn: %1)</translation>
    </message>
    <message>
        <source>LinkedIn allows only a certain number of requests a day, and that number is reached for now. Kurzdraht tries again at %1.</source>
        <translation>LinkedIn erlaubt nur eine bestimmte Zahl von Anfragen am Tag, und die ist für heute erreicht. Kurzdraht versucht es um %1 wieder.</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>App-ID:</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>App-Geheimnis:</translation>
    </message>
    <message>
        <source>A webhook only sends posts; it has no comments to answer.</source>
        <translation>Ein Webhook verschickt nur Beiträge; er hat keine Kommentare zum Beantworten.</translation>
    </message>
    <message>
        <source>The signing secret must be base64 text of at least 16 bytes, usually written whsec_… — copy it from the receiver&apos;s settings.</source>
        <translation>Das Signatur-Geheimnis muss Base64-Text von mindestens 16 Bytes sein, meist als whsec_… geschrieben – kopiere es aus den Einstellungen des Empfängers.</translation>
    </message>
    <message>
        <source>a webhook: each post goes as JSON to an address you choose (your own app, a chat, automation)</source>
        <translation>ein Webhook: Jeder Beitrag geht als JSON an eine Adresse deiner Wahl (deine eigene App, ein Chat, eine Automatisierung)</translation>
    </message>
    <message>
        <source>Kurzdraht sends each post as JSON to this address, signed with the secret if you give one (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature). The receiver answers 2xx when it took the post.</source>
        <translation>Kurzdraht schickt jeden Beitrag als JSON an diese Adresse, mit dem Geheimnis signiert, wenn du eines angibst (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature). Der Empfänger antwortet mit 2xx, wenn er den Beitrag angenommen hat.</translation>
    </message>
    <message>
        <source>Receiver address:</source>
        <translation>Adresse des Empfängers:</translation>
    </message>
    <message>
        <source>the address the posts are sent to (https)</source>
        <translation>die Adresse, an die die Beiträge geschickt werden (https)</translation>
    </message>
    <message>
        <source>Signing secret (optional):</source>
        <translation>Signatur-Geheimnis (optional):</translation>
    </message>
    <message>
        <source>read the signing secret (whsec_…) from standard input</source>
        <translation>das Signatur-Geheimnis (whsec_…) von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Open console.x.com with the X account of your organisation, create a project and in it an app (X charges per post: buy a few dollars of credits and set a spending limit).</source>
        <translation>Öffne console.x.com mit dem X-Konto deiner Organisation, lege ein Projekt und darin eine App an (X berechnet jeden Beitrag: Kaufe Guthaben für ein paar Dollar und setze ein Ausgabenlimit).</translation>
    </message>
    <message>
        <source>Under the app&apos;s “User authentication settings”, choose the permissions “Read and write”, the type of app “Native App”, and enter this address as “Callback URI / Redirect URL”: %1</source>
        <translation>Wähle in den „User authentication settings“ der App die Berechtigungen „Read and write“ und den App-Typ „Native App“, und trage diese Adresse als „Callback URI / Redirect URL“ ein: %1</translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s website as “Website URL” and save. Kurzdraht needs no secret: copy only the OAuth 2.0 “Client ID” into the field below.</source>
        <translation>Trage die Website deiner Organisation als „Website URL“ ein und speichere. Kurzdraht braucht kein Geheimnis: Kopiere nur die OAuth-2.0-„Client ID“ in das Feld unten.</translation>
    </message>
    <message>
        <source>X asks to wait until %1 before the next request.</source>
        <translation>X bittet, bis %1 mit der nächsten Anfrage zu warten.</translation>
    </message>
    <message>
        <source>Your X app&apos;s credits are used up (X charges per request). Buy credits at console.x.com; Kurzdraht tries again at %1 and keeps the posts until then.</source>
        <translation>Das Guthaben deiner X-App ist aufgebraucht (X berechnet jede Anfrage). Kaufe Guthaben auf console.x.com; Kurzdraht versucht es um %1 wieder und behält die Beiträge bis dahin.</translation>
    </message>
    <message>
        <source>X no longer accepts the saved login (X&apos;s logins last two hours unless Kurzdraht can renew them through your organisation&apos;s X app). Please reconnect the account.</source>
        <translation>X akzeptiert die gespeicherte Anmeldung nicht mehr (Anmeldungen bei X gelten zwei Stunden, außer Kurzdraht kann sie über die X-App deiner Organisation erneuern). Bitte verbinde das Konto neu.</translation>
    </message>
    <message>
        <source>X no longer accepts the saved login. Please reconnect the account.</source>
        <translation>X akzeptiert die gespeicherte Anmeldung nicht mehr. Bitte verbinde das Konto neu.</translation>
    </message>
    <message>
        <source>X sent an answer that Kurzdraht cannot read.</source>
        <translation>X hat eine Antwort geschickt, die Kurzdraht nicht lesen kann.</translation>
    </message>
    <message>
        <source>X says this exact text was already posted, so it was probably posted before. Please look at the account on X; Kurzdraht does not send it again.</source>
        <translation>X sagt, dass genau dieser Text schon veröffentlicht wurde – er ging also wahrscheinlich schon raus. Bitte sieh beim Konto auf X nach; Kurzdraht schickt ihn nicht noch einmal.</translation>
    </message>
    <message>
        <source>X lets apps answer only people who mention your account or quote its posts. Please answer this one on X itself. (X: %1)</source>
        <translation>X lässt Apps nur Leuten antworten, die dein Konto erwähnen oder seine Beiträge zitieren. Bitte antworte hier direkt auf X. (X: %1)</translation>
    </message>
    <message>
        <source>X did not take the image. Please try again.</source>
        <translation>X hat das Bild nicht angenommen. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <source>an X account (signs in through your organisation&apos;s X app unless a token is given)</source>
        <translation>ein X-Konto (Anmeldung über die X-App deiner Organisation, außer ein Token wird angegeben)</translation>
    </message>
    <message>
        <source>Kurzdraht signs in through your organisation&apos;s own X app (see “Developer apps”): your browser opens X, and after you allow access it returns to Kurzdraht. X charges per post ($0.015, with a link $0.20) and lets apps answer only people who mention your account.</source>
        <translation>Kurzdraht meldet sich über die eigene X-App deiner Organisation an (siehe „Entwickler-Apps“): Dein Browser öffnet X, und nachdem du den Zugriff erlaubt hast, kehrt er zu Kurzdraht zurück. X berechnet jeden Beitrag (0,015 $, mit Link 0,20 $) und lässt Apps nur Leuten antworten, die dein Konto erwähnen.</translation>
    </message>
    <message>
        <source>read an access token from standard input instead: the token, or the JSON X&apos;s token endpoint answered (with its refresh token)</source>
        <translation>stattdessen ein Zugriffstoken von der Standardeingabe lesen: das Token oder das JSON, das der Token-Endpunkt von X geantwortet hat (mit seinem Refresh-Token)</translation>
    </message>
    <message>
        <source>Open console.cloud.google.com with a Google account of your organisation and create a project (e.g. “Kurzdraht Lindenhof”). Under “APIs &amp; Services → Library”, enable “YouTube Data API v3”.</source>
        <translation>Öffne console.cloud.google.com mit einem Google-Konto deiner Organisation und lege ein Projekt an (z. B. „Kurzdraht Lindenhof“). Aktiviere unter „APIs &amp; Services → Library“ die „YouTube Data API v3“.</translation>
    </message>
    <message>
        <source>Set up the “OAuth consent screen”: user type “External”, your organisation&apos;s name and e-mail. Add the Google account that owns the channel as a test user, or publish the app: while it is in “Testing”, Google ends the login after 7 days and the account has to be reconnected.</source>
        <translation>Richte den „OAuth consent screen“ ein: Nutzertyp „External“, Name und E-Mail deiner Organisation. Füge das Google-Konto, dem der Kanal gehört, als Testnutzer hinzu, oder veröffentliche die App: Solange sie im Status „Testing“ ist, beendet Google die Anmeldung nach 7 Tagen, und das Konto muss neu verbunden werden.</translation>
    </message>
    <message>
        <source>Under “Credentials”, choose “Create credentials → OAuth client ID” of the type “Desktop app” and copy its “Client ID” and “Client secret” into the fields below (Google says this secret is not confidential for desktop apps; Kurzdraht still keeps it in the system&apos;s password store).</source>
        <translation>Wähle unter „Credentials“ „Create credentials → OAuth client ID“ vom Typ „Desktop app“ und kopiere „Client ID“ und „Client secret“ in die Felder unten (Google sagt, bei Desktop-Apps ist dieses Geheimnis nicht vertraulich; Kurzdraht bewahrt es trotzdem im Passwortspeicher des Systems auf).</translation>
    </message>
    <message>
        <source>YouTube no longer accepts the saved login: the account needs reconnecting. If your organisation&apos;s Google app is still in “Testing”, Google ends its logins after 7 days; publish the app on the “OAuth consent screen” page so that the login lasts.</source>
        <translation>YouTube akzeptiert die gespeicherte Anmeldung nicht mehr: Das Konto muss neu verbunden werden. Ist die Google-App deiner Organisation noch im Status „Testing“, beendet Google ihre Anmeldungen nach 7 Tagen; veröffentliche die App auf der Seite „OAuth consent screen“, damit die Anmeldung hält.</translation>
    </message>
    <message>
        <source>Google does not accept the client ID or secret of your organisation&apos;s Google app. Please check them under Developer apps and reconnect the account.</source>
        <translation>Google akzeptiert Client-ID oder Client-Secret der Google-App deiner Organisation nicht. Bitte prüfe sie unter „Entwickler-Apps“ und verbinde das Konto neu.</translation>
    </message>
    <message>
        <source>YouTube sent an answer that Kurzdraht cannot read.</source>
        <translation>YouTube hat eine Antwort geschickt, die Kurzdraht nicht lesen kann.</translation>
    </message>
    <message>
        <source>YouTube&apos;s daily quota is used up; answers wait until %1.</source>
        <translation>Das Tageskontingent von YouTube ist aufgebraucht; Antworten warten bis %1.</translation>
    </message>
    <message>
        <source>YouTube&apos;s daily quota is used up; new comments arrive again after %1.</source>
        <translation>Das Tageskontingent von YouTube ist aufgebraucht; neue Kommentare kommen ab %1 wieder an.</translation>
    </message>
    <message>
        <source>Comments are turned off for this video on YouTube.</source>
        <translation>Für dieses Video sind die Kommentare auf YouTube ausgeschaltet.</translation>
    </message>
    <message>
        <source>This comment is not public (it may be waiting for review in YouTube Studio), so it cannot be answered.</source>
        <translation>Dieser Kommentar ist nicht öffentlich (vielleicht wartet er in YouTube Studio auf Prüfung) und kann deshalb nicht beantwortet werden.</translation>
    </message>
    <message>
        <source>YouTube does not allow answering this comment (its author may not accept answers).</source>
        <translation>YouTube erlaubt keine Antwort auf diesen Kommentar (vielleicht nimmt sein Autor keine Antworten an).</translation>
    </message>
    <message>
        <source>The answer is too long for YouTube (10,000 characters).</source>
        <translation>Die Antwort ist zu lang für YouTube (10.000 Zeichen).</translation>
    </message>
    <message>
        <source>Please write an answer first.</source>
        <translation>Bitte schreib zuerst eine Antwort.</translation>
    </message>
    <message>
        <source>This Google account cannot write comments on YouTube. Please reconnect with the Google account that owns the channel.</source>
        <translation>Dieses Google-Konto kann auf YouTube keine Kommentare schreiben. Bitte verbinde neu mit dem Google-Konto, dem der Kanal gehört.</translation>
    </message>
    <message>
        <source>This comment is no longer on YouTube.</source>
        <translation>Dieser Kommentar ist nicht mehr auf YouTube.</translation>
    </message>
    <message>
        <source>The login does not allow Kurzdraht to read and answer comments. Please reconnect the account and allow “Manage your YouTube account” when Google asks.</source>
        <translation>Die Anmeldung erlaubt Kurzdraht nicht, Kommentare zu lesen und zu beantworten. Bitte verbinde das Konto neu und erlaube „YouTube-Konto verwalten“, wenn Google fragt.</translation>
    </message>
    <message>
        <source>YouTube&apos;s login has run out (it lasts an hour). Please reconnect the account; with your organisation&apos;s Google app set up, Kurzdraht keeps it fresh by itself.</source>
        <translation>Die Anmeldung bei YouTube ist abgelaufen (sie gilt eine Stunde). Bitte verbinde das Konto neu; ist die Google-App deiner Organisation eingerichtet, erneuert Kurzdraht sie von selbst.</translation>
    </message>
    <message>
        <source>This Google account has no YouTube channel. Please sign in with the Google account that owns your organisation&apos;s channel (for a brand account, choose the channel when Google asks).</source>
        <translation>Dieses Google-Konto hat keinen YouTube-Kanal. Bitte melde dich mit dem Google-Konto an, dem der Kanal deiner Organisation gehört (bei einem Brand-Konto wähle den Kanal, wenn Google fragt).</translation>
    </message>
    <message>
        <source>YouTube&apos;s API cannot make posts; Kurzdraht shows and answers comments on your videos.</source>
        <translation>Über die Schnittstelle von YouTube lassen sich keine Beiträge veröffentlichen; Kurzdraht zeigt und beantwortet die Kommentare zu deinen Videos.</translation>
    </message>
    <message>
        <source>a YouTube channel&apos;s comments (signs in through your organisation&apos;s Google app unless a token is given)</source>
        <translation>die Kommentare eines YouTube-Kanals (Anmeldung über die Google-App deiner Organisation, außer ein Token wird angegeben)</translation>
    </message>
    <message>
        <source>Kurzdraht signs in through your organisation&apos;s own Google app (see “Developer apps”): your browser opens Google, and after you allow access it returns to Kurzdraht. Kurzdraht shows the comments on your channel&apos;s videos and answers them; YouTube does not let apps make posts.</source>
        <translation>Kurzdraht meldet sich über die eigene Google-App deiner Organisation an (siehe „Entwickler-Apps“): Dein Browser öffnet Google, und nachdem du den Zugriff erlaubt hast, kehrt er zu Kurzdraht zurück. Kurzdraht zeigt die Kommentare zu den Videos deines Kanals und beantwortet sie; Beiträge lässt YouTube Apps nicht veröffentlichen.</translation>
    </message>
    <message>
        <source>read an access token from standard input instead: the token, or the JSON Google&apos;s token endpoint answered (with its refresh token)</source>
        <translation>stattdessen ein Zugriffstoken von der Standardeingabe lesen: das Token oder das JSON, das der Token-Endpunkt von Google geantwortet hat (mit seinem Refresh-Token)</translation>
    </message>
</context>
<context>
    <name>OrganisationRows</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Add another organisation</source>
        <translation>Weitere Organisation hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Nachbarschaftszentrum Lindenhof</source>
        <translation>z. B. Nachbarschaftszentrum Lindenhof</translation>
    </message>
    <message>
        <source>Name of organisation %1</source>
        <translation>Name der Organisation %1</translation>
    </message>
    <message>
        <source>Colour of organisation %1</source>
        <translation>Farbe der Organisation %1</translation>
    </message>
    <message>
        <source>The colour of its posts in the calendar</source>
        <translation>Die Farbe ihrer Beiträge im Kalender</translation>
    </message>
    <message>
        <source>Time zone of organisation %1</source>
        <translation>Zeitzone der Organisation %1</translation>
    </message>
    <message>
        <source>Its posts are scheduled in this time zone</source>
        <translation>Die Beiträge der Organisation werden in dieser Zeitzone eingeplant</translation>
    </message>
    <message>
        <source>Remove organisation %1</source>
        <translation>Organisation %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this organisation</source>
        <translation>Diese Organisation entfernen</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
</context>
<context>
    <name>OrganisationSettings</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>The organisations you post for. Each has its colour in the calendar and its time zone, in which its posts are scheduled.</source>
        <translation>Die Organisationen, für die du postest. Jede hat ihre Farbe im Kalender und ihre Zeitzone, in der ihre Beiträge eingeplant werden.</translation>
    </message>
    <message>
        <source>Posting slots…</source>
        <translation>Sendezeiten …</translation>
    </message>
    <message>
        <source>The times each organisation usually posts at, for “Add to queue”.</source>
        <translation>Die Zeiten, zu denen jede Organisation üblicherweise postet, für „In die Warteschlange“.</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Deine Organisation</translation>
    </message>
    <message>
        <source>Whom do you post for? If you post for two organisations, add the second one.</source>
        <translation>Für wen postest du? Wenn du für zwei Organisationen postest, füge die zweite hinzu.</translation>
    </message>
    <message>
        <source>Each organisation gets its own colour in the calendar, and its posts are scheduled in its time zone. You can change both later in Settings.</source>
        <translation>Jede Organisation bekommt ihre eigene Farbe im Kalender, und ihre Beiträge werden in ihrer Zeitzone eingeplant. Beides kannst du später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Saving the organisations</source>
        <translation>Organisationen werden gespeichert</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>This post no longer exists.</source>
        <translation>Diesen Beitrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Please choose at least one account to post to.</source>
        <translation>Bitte wähle mindestens ein Konto, auf dem gepostet werden soll.</translation>
    </message>
    <message>
        <source>This post is no longer in the outbox.</source>
        <translation>Dieser Beitrag ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>This post is being sent or already published; it can no longer be cancelled.</source>
        <translation>Dieser Beitrag wird gerade gesendet oder ist schon veröffentlicht; er lässt sich nicht mehr abbrechen.</translation>
    </message>
    <message>
        <source>This post is not waiting for you (any more).</source>
        <translation>Dieser Beitrag wartet nicht (mehr) auf dich.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Please copy the link from the browser.</source>
        <translation>„%1“ ist keine Webadresse. Bitte kopiere den Link aus dem Browser.</translation>
    </message>
    <message>
        <source>The comment this reply answers is no longer here.</source>
        <translation>Den Kommentar, auf den sich diese Antwort bezieht, gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Details are in the log file.</source>
        <translation>Etwas ist schiefgegangen (%1). Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Reply: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Post it by hand: “Copy and open”, then “Posted…” with its link.</source>
        <translation>Von Hand veröffentlichen: „Kopieren und öffnen“, dann „Veröffentlicht …“ mit seinem Link.</translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>nächster Versuch %1</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Posts on their way</source>
        <translation>Beiträge unterwegs</translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation>Jetzt erneut senden</translation>
    </message>
    <message>
        <source>Copy and open</source>
        <translation>Kopieren und öffnen</translation>
    </message>
    <message>
        <source>Copy the post&apos;s text and open the channel where you post it</source>
        <translation>Den Text des Beitrags kopieren und den Kanal öffnen, in dem du ihn veröffentlichst</translation>
    </message>
    <message>
        <source>Posted…</source>
        <translation>Veröffentlicht …</translation>
    </message>
    <message>
        <source>You posted it by hand: give its link</source>
        <translation>Du hast ihn von Hand veröffentlicht: Gib seinen Link an</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting for you to post by hand. Choose one, then “Copy and open”.</source>
        <translation>
            <numerusform>%n Beitrag wartet darauf, dass du ihn von Hand veröffentlichst. Wähle ihn, dann „Kopieren und öffnen“.</numerusform>
            <numerusform>%n Beiträge warten darauf, dass du sie von Hand veröffentlichst. Wähle einen, dann „Kopieren und öffnen“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting to be sent. They go out by themselves when the connection is back.</source>
        <translation>
            <numerusform>%n Beitrag wartet auf das Senden. Er geht von selbst raus, sobald die Verbindung wieder da ist.</numerusform>
            <numerusform>%n Beiträge warten auf das Senden. Sie gehen von selbst raus, sobald die Verbindung wieder da ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting. Recent results:</source>
        <translation>Nichts wartet. Die letzten Ergebnisse:</translation>
    </message>
    <message>
        <source>The outbox is empty. Posts wait here while there is no connection.</source>
        <translation>Der Postausgang ist leer. Hier warten Beiträge, solange keine Verbindung besteht.</translation>
    </message>
</context>
<context>
    <name>PostState</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>being published</source>
        <translation>wird veröffentlicht</translation>
    </message>
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
    <name>PostingSlotsDialog</name>
    <message>
        <source>Posting slots</source>
        <translation>Sendezeiten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Posts added to the queue go out at the next free one of these times (in the organisation&apos;s time zone).</source>
        <translation>Beiträge in der Warteschlange erscheinen zur nächsten freien dieser Sendezeiten (in der Zeitzone der Organisation).</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Loading posting slots</source>
        <translation>Sendezeiten werden geladen</translation>
    </message>
    <message>
        <source>Connect an account first: slots belong to its organisation.</source>
        <translation>Verbinde zuerst ein Konto: Sendezeiten gehören zu seiner Organisation.</translation>
    </message>
    <message>
        <source>Saving posting slots</source>
        <translation>Sendezeiten werden gespeichert</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <source>Published posts and what they did</source>
        <translation>Veröffentlichte Beiträge und was sie bewirkt haben</translation>
    </message>
    <message>
        <source>Sorted by shares; click a heading to sort by another figure.</source>
        <translation>Nach Weitergaben sortiert; klicke auf eine Spaltenüberschrift, um nach einer anderen Zahl zu sortieren.</translation>
    </message>
    <message>
        <source>Reading the posts</source>
        <translation>Beiträge werden gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) in this period (one row per account)</source>
        <translation>
            <numerusform>%n Beitrag in diesem Zeitraum (eine Zeile je Konto)</numerusform>
            <numerusform>%n Beiträge in diesem Zeitraum (eine Zeile je Konto)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a post to see how far it travelled through shares.</source>
        <translation>Wähle einen Beitrag, um zu sehen, wie weit er durch Teilen gekommen ist.</translation>
    </message>
    <message>
        <source>The followers of %1 have not been counted yet, so how far this post travelled is unknown.</source>
        <translation>Die Follower von %1 wurden noch nicht gezählt, daher ist unbekannt, wie weit dieser Beitrag gekommen ist.</translation>
    </message>
    <message>
        <source>Seen by up to %1 people: %2</source>
        <translation>Gesehen von bis zu %1 Personen: %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Tick the accounts to post to, and their previews appear here.</source>
        <translation>Kreuze die Konten an, auf denen gepostet werden soll, dann erscheint hier ihre Vorschau.</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Keine Konten</translation>
    </message>
</context>
<context>
    <name>PublishStatusPanel</name>
    <message>
        <source>Open the post</source>
        <translation>Beitrag öffnen</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
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
<context>
    <name>Report</name>
    <message>
        <source>%1 has not begun yet. Please choose this month or an earlier one.</source>
        <translation>%1 hat noch nicht begonnen. Bitte wähle diesen Monat oder einen früheren.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Please give a file name in it, like report.pdf.</source>
        <translation>„%1“ ist ein Ordner. Bitte gib einen Dateinamen darin an, etwa bericht.pdf.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Please choose an existing folder.</source>
        <translation>Den Ordner „%1“ gibt es nicht. Bitte wähle einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Kurzdraht may not write into the folder “%1”. Please choose another one.</source>
        <translation>Kurzdraht darf nicht in den Ordner „%1“ schreiben. Bitte wähle einen anderen.</translation>
    </message>
    <message>
        <source>Monthly report for %1</source>
        <translation>Monatsbericht für %1</translation>
    </message>
    <message>
        <source>(up to %1)</source>
        <translation>(bis %1)</translation>
    </message>
    <message>
        <source>Made with Kurzdraht on %1</source>
        <translation>Erstellt mit Kurzdraht am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Kurzdraht has no figures for %1: no followers were counted, no post was published through Kurzdraht and no comment arrived.</source>
        <translation>Kurzdraht hat für %1 keine Zahlen: Es wurden keine Follower gezählt, kein Beitrag über Kurzdraht veröffentlicht und kein Kommentar ist eingegangen.</translation>
    </message>
    <message>
        <source>The figures are collected while Kurzdraht fetches comments (in the app, or with “kurzdraht sync”): the followers once a day, the likes and shares of posts published through Kurzdraht during their first 30 days. Comments and answers come from the Inbox, suggestions are the comments tagged “suggestion” there. Open Kurzdraht regularly and next month&apos;s report fills itself.</source>
        <translation>Die Zahlen werden gesammelt, während Kurzdraht Kommentare abruft (in der App oder mit „kurzdraht sync“): die Follower einmal am Tag, die Likes und geteilten Beiträge der über Kurzdraht veröffentlichten Beiträge in deren ersten 30 Tagen. Kommentare und Antworten kommen aus dem Posteingang, Vorschläge sind die dort mit „suggestion“ markierten Kommentare. Öffne Kurzdraht regelmäßig, dann füllt sich der Bericht im nächsten Monat von selbst.</translation>
    </message>
    <message>
        <source>No followers were counted this month. Kurzdraht counts them once a day while it fetches comments.</source>
        <translation>In diesem Monat wurden keine Follower gezählt. Kurzdraht zählt sie einmal am Tag, während es Kommentare abruft.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Change in the month</source>
        <translation>Veränderung im Monat</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Followers at the last count of the month; the change since the last count before it. Someone who follows several accounts is counted on each.</source>
        <translation>Follower bei der letzten Zählung im Monat; die Veränderung seit der letzten Zählung davor. Wer mehreren Konten folgt, zählt bei jedem mit.</translation>
    </message>
    <message>
        <source>No post was published through Kurzdraht this month, or its figures were not fetched yet.</source>
        <translation>In diesem Monat wurde kein Beitrag über Kurzdraht veröffentlicht, oder seine Zahlen wurden noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Seen by: not known (the account&apos;s followers were never counted).</source>
        <translation>Gesehen von: unbekannt (die Follower des Kontos wurden nie gezählt).</translation>
    </message>
    <message>
        <source>No figures for this month yet</source>
        <translation>Für diesen Monat noch keine Zahlen</translation>
    </message>
    <message>
        <source>Seen by up to %1: %2</source>
        <translation>Gesehen von bis zu %1: %2</translation>
    </message>
    <message>
        <source>The posts shared most</source>
        <translation>Die am meisten geteilten Beiträge</translation>
    </message>
    <message>
        <source>Seen by up to</source>
        <translation>Gesehen von bis zu</translation>
    </message>
    <message>
        <source>Seen by: at most this many people could see the post in their timeline — the account&apos;s followers on the day plus the followers of those who shared it (people who follow several are counted more than once).</source>
        <translation>Gesehen von: höchstens so viele Menschen konnten den Beitrag in ihrer Timeline sehen – die Follower des Kontos am Tag der Veröffentlichung plus die Follower derer, die ihn geteilt haben (wer mehreren folgt, zählt mehrfach).</translation>
    </message>
    <message>
        <source>Comments and answers</source>
        <translation>Kommentare und Antworten</translation>
    </message>
    <message>
        <source>No comments arrived this month.</source>
        <translation>In diesem Monat sind keine Kommentare eingegangen.</translation>
    </message>
    <message>
        <source>Comments received</source>
        <translation>Erhaltene Kommentare</translation>
    </message>
    <message>
        <source>Answered through Kurzdraht</source>
        <translation>Über Kurzdraht beantwortet</translation>
    </message>
    <message>
        <source>Half of them answered within (median)</source>
        <translation>Die Hälfte beantwortet innerhalb von (Median)</translation>
    </message>
    <message>
        <source>Nine in ten answered within (90th percentile)</source>
        <translation>Neun von zehn beantwortet innerhalb von (90. Perzentil)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Time from a comment&apos;s arrival to the first reply sent through Kurzdraht; replies written on a network&apos;s own site are not seen.</source>
        <translation>Zeit vom Eingang eines Kommentars bis zur ersten über Kurzdraht gesendeten Antwort; Antworten, die direkt auf der Seite eines Netzwerks geschrieben wurden, sieht Kurzdraht nicht.</translation>
    </message>
    <message>
        <source>Suggestions for the team meeting</source>
        <translation>Vorschläge für die Teambesprechung</translation>
    </message>
    <message>
        <source>No comment of this month is tagged “suggestion”. Tag one in the Inbox and it appears here.</source>
        <translation>Kein Kommentar dieses Monats ist mit „suggestion“ markiert. Markiere einen im Posteingang, dann erscheint er hier.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>and 1 more — see the Inbox filtered by Suggestion.</source>
        <translation>und 1 weiterer – siehe den Posteingang, gefiltert nach Vorschlag.</translation>
    </message>
    <message>
        <source>and %1 more — see the Inbox filtered by Suggestion.</source>
        <translation>und %1 weitere – siehe den Posteingang, gefiltert nach Vorschlag.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup to go back to. Your current data is not deleted: it is kept in the backups folder, so a restore can be undone.</source>
        <translation>Wähle die Sicherung, zu der du zurückkehren möchtest. Deine aktuellen Daten werden nicht gelöscht: Sie bleiben im Sicherungsordner, so lässt sich eine Wiederherstellung rückgängig machen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Looking for backups and checking them…</source>
        <translation>Sicherungen werden gesucht und geprüft …</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Checking the backups</source>
        <translation>Die Sicherungen werden geprüft</translation>
    </message>
    <message>
        <source>The newest good backup is selected.</source>
        <translation>Die neueste intakte Sicherung ist ausgewählt.</translation>
    </message>
    <message>
        <source>All backups are damaged, so none can be restored.</source>
        <translation>Alle Sicherungen sind beschädigt, deshalb kann keine wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>There are no backups yet. Kurzdraht makes one each day it is started.</source>
        <translation>Es gibt noch keine Sicherungen. Kurzdraht erstellt an jedem Tag, an dem es gestartet wird, eine.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Restoring from a backup</source>
        <translation>Wiederherstellung aus einer Sicherung</translation>
    </message>
    <message>
        <source>Your data is damaged</source>
        <translation>Deine Daten sind beschädigt</translation>
    </message>
    <message>
        <source>Restoring the latest good backup brings back your data as it was then. The damaged file is kept in the backups folder.</source>
        <translation>Wenn du die neueste intakte Sicherung wiederherstellst, bekommst du deine Daten so zurück, wie sie damals waren. Die beschädigte Datei bleibt im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen …</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Publish on:</source>
        <translation>Veröffentlichen am:</translation>
    </message>
    <message>
        <source>Schedule the post</source>
        <translation>Beitrag planen</translation>
    </message>
</context>
<context>
    <name>ScheduleExport</name>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>“%1” cannot be written: please choose a file in an existing folder.</source>
        <translation>„%1“ kann nicht geschrieben werden: Bitte wähle eine Datei in einem vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Kurzdraht posts</source>
        <translation>Kurzdraht-Beiträge</translation>
    </message>
</context>
<context>
    <name>Scheduling</name>
    <message>
        <source>“%1” is not a date and time like 2026-12-24 09:30.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit wie 2026-12-24 09:30.</translation>
    </message>
    <message>
        <source>This post is being published or already out; it cannot be scheduled.</source>
        <translation>Dieser Beitrag wird gerade veröffentlicht oder ist schon erschienen; er lässt sich nicht planen.</translation>
    </message>
    <message>
        <source>This time has already passed. Please choose a later one.</source>
        <translation>Dieser Zeitpunkt ist schon vorbei. Bitte wähle einen späteren.</translation>
    </message>
    <message>
        <source>This post is no longer scheduled.</source>
        <translation>Dieser Beitrag ist nicht mehr geplant.</translation>
    </message>
    <message>
        <source>A posting slot needs a weekday and a time of day.</source>
        <translation>Eine Sendezeit braucht einen Wochentag und eine Uhrzeit.</translation>
    </message>
    <message>
        <source>This organisation has no free posting slot in the next weeks. Set its slots in Calendar → More → Posting slots…</source>
        <translation>Diese Organisation hat in den nächsten Wochen keine freie Sendezeit. Lege ihre Sendezeiten unter Kalender → Mehr → Sendezeiten … fest.</translation>
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
    <message>
        <source>The period Insights shows</source>
        <translation>Der Zeitraum, den die Auswertung zeigt</translation>
    </message>
    <message>
        <source>The post open in the composer</source>
        <translation>Der im Editor geöffnete Beitrag</translation>
    </message>
    <message>
        <source>Check for new comments every (minutes, 0: only on request)</source>
        <translation>Abstand beim Abrufen neuer Kommentare (Minuten, 0: nur auf Anfrage)</translation>
    </message>
    <message>
        <source>The first-run guide was finished or skipped</source>
        <translation>Die Anleitung für den Start wurde beendet oder übersprungen</translation>
    </message>
    <message>
        <source>Notify me of new comments</source>
        <translation>Bei neuen Kommentaren benachrichtigen</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Publish a scheduled post automatically when it is at most this many hours late</source>
        <translation>Geplanten Beitrag automatisch veröffentlichen, wenn er höchstens so viele Stunden zu spät ist</translation>
    </message>
    <message>
        <source>Folder for backups (empty: the data folder&apos;s own)</source>
        <translation>Ordner für Sicherungen (leer: der im Datenordner)</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Aufbewahrte tägliche Sicherungen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>Loading settings</source>
        <translation>Einstellungen werden geladen</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
</context>
<context>
    <name>SignInQuestion</name>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>SnippetMenu</name>
    <message>
        <source>Snippets</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
    <message>
        <source>Loading snippets</source>
        <translation>Textbausteine werden geladen</translation>
    </message>
    <message>
        <source>No snippets yet</source>
        <translation>Noch keine Textbausteine</translation>
    </message>
    <message>
        <source>No saved replies yet</source>
        <translation>Noch keine gespeicherten Antworten</translation>
    </message>
    <message>
        <source>Save this reply for next time…</source>
        <translation>Diese Antwort für später speichern …</translation>
    </message>
    <message>
        <source>Save the selected text as a snippet…</source>
        <translation>Markierten Text als Textbaustein speichern …</translation>
    </message>
    <message>
        <source>Delete a snippet</source>
        <translation>Textbaustein löschen</translation>
    </message>
    <message>
        <source>Delete a saved reply</source>
        <translation>Gespeicherte Antwort löschen</translation>
    </message>
    <message>
        <source>Write the reply to keep first.</source>
        <translation>Bitte zuerst die Antwort schreiben, die gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Select the text to keep as a snippet first.</source>
        <translation>Markiere zuerst den Text, der als Textbaustein bleiben soll.</translation>
    </message>
    <message>
        <source>Save reply</source>
        <translation>Antwort speichern</translation>
    </message>
    <message>
        <source>A name for this reply (e.g. “Thanks for the idea”):</source>
        <translation>Ein Name für diese Antwort (z. B. „Danke für die Idee“):</translation>
    </message>
    <message>
        <source>Save as snippet</source>
        <translation>Als Textbaustein speichern</translation>
    </message>
    <message>
        <source>A name for this snippet (e.g. “Signature”):</source>
        <translation>Ein Name für diesen Textbaustein (z. B. „Signatur“):</translation>
    </message>
    <message>
        <source>Saving the snippet</source>
        <translation>Textbaustein wird gespeichert</translation>
    </message>
    <message>
        <source>Deleting the snippet</source>
        <translation>Textbaustein wird gelöscht</translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <source>A snippet needs a name and some text.</source>
        <translation>Ein Textbaustein braucht einen Namen und etwas Text.</translation>
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
        <source>To restore the latest good backup, choose File → Restore from backup… in Kurzdraht, or run: kurzdraht backup restore --latest</source>
        <translation>Um die neueste intakte Sicherung wiederherzustellen, wähle in Kurzdraht Datei → Aus Sicherung wiederherstellen … oder führe aus: kurzdraht backup restore --latest</translation>
    </message>
    <message>
        <source>The data file %1 is damaged or not a Kurzdraht database.</source>
        <translation>Die Datendatei %1 ist beschädigt oder keine Kurzdraht-Datenbank.</translation>
    </message>
    <message>
        <source>The data file %1 is only %2 bytes long: it was cut off (for example by an interrupted copy) and holds nothing Kurzdraht can read.</source>
        <translation>Die Datendatei %1 ist nur %2 Bytes lang: Sie wurde abgeschnitten (zum Beispiel durch einen abgebrochenen Kopiervorgang) und enthält nichts, was Kurzdraht lesen kann.</translation>
    </message>
    <message>
        <source>The disk holding your data (%1) is full, so Kurzdraht could not save. Your data file is not damaged: free some space, then try again.</source>
        <translation>Der Datenträger mit deinen Daten (%1) ist voll, deshalb konnte Kurzdraht nicht speichern. Deine Datendatei ist nicht beschädigt: Schaffe etwas Platz und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Another program is using the data file %1 and kept it locked for %2 seconds (perhaps a second Kurzdraht, a scheduled “publish-due” run, or a database tool). Close it and try again; nothing was changed.</source>
        <translation>Ein anderes Programm benutzt die Datendatei %1 und hat sie %2 Sekunden lang gesperrt (vielleicht ein zweites Kurzdraht, ein geplanter „publish-due“-Lauf oder ein Datenbankwerkzeug). Schließe es und versuche es noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Kurzdraht may not write to the data file %1: the file, its folder or its drive is read-only. Make it writable (or start Kurzdraht with --home and a writable folder); nothing was changed.</source>
        <translation>Kurzdraht darf nicht in die Datendatei %1 schreiben: Die Datei, ihr Ordner oder ihr Laufwerk ist schreibgeschützt. Mache sie beschreibbar (oder starte Kurzdraht mit --home und einem beschreibbaren Ordner); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Give a folder for Kurzdraht&apos;s data (a new one is created if it does not exist).</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner. Gib einen Ordner für die Daten von Kurzdraht an (ein neuer wird angelegt, wenn es ihn noch nicht gibt).</translation>
    </message>
    <message>
        <source>Kurzdraht cannot use the data folder %1: %2.</source>
        <translation>Kurzdraht kann den Datenordner %1 nicht verwenden: %2.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Kurzdraht (data version %1; this version understands up to %2). Please update Kurzdraht. Your data has not been changed.</source>
        <translation>Diese Daten wurden von einer neueren Kurzdraht-Version gespeichert (Datenversion %1; diese Version versteht bis %2). Bitte aktualisiere Kurzdraht. Deine Daten wurden nicht verändert.</translation>
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
    <name>Task</name>
    <message>
        <source>systemd is not available here, so no timer could be set up. To publish scheduled posts while the app is closed, add this line to your crontab (crontab -e):
%1</source>
        <translation>systemd ist hier nicht verfügbar, daher konnte kein Timer eingerichtet werden. Damit geplante Beiträge auch bei geschlossener App erscheinen, trage diese Zeile in deine crontab ein (crontab -e):
%1</translation>
    </message>
    <message>
        <source>The timer is saved in %1, but systemd could not start it: %2
Run this command again in your desktop session, or add this line to your crontab (crontab -e):
%3</source>
        <translation>Der Timer ist in %1 gespeichert, aber systemd konnte ihn nicht starten: %2
Führe diesen Befehl in deiner Desktop-Sitzung noch einmal aus oder trage diese Zeile in deine crontab ein (crontab -e):
%3</translation>
    </message>
    <message>
        <source>The timer&apos;s files are removed, but systemd could not be told: %1
The timer stops at your next login at the latest.</source>
        <translation>Die Dateien des Timers sind entfernt, aber systemd konnte nicht benachrichtigt werden: %1
Der Timer endet spätestens bei deiner nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>The timer is set up, but systemd could not be asked whether it runs: %1</source>
        <translation>Der Timer ist eingerichtet, aber systemd konnte nicht gefragt werden, ob er läuft: %1</translation>
    </message>
    <message>
        <source>The task is saved in %1, but macOS could not start it: %2
Log out and in again, then run this command once more.</source>
        <translation>Die Aufgabe ist in %1 gespeichert, aber macOS konnte sie nicht starten: %2
Melde dich ab und wieder an und führe diesen Befehl dann noch einmal aus.</translation>
    </message>
    <message>
        <source>%1 runs, the last one ended with code %2</source>
        <translation>%1 Läufe, der letzte endete mit Code %2</translation>
    </message>
    <message>
        <source>The command is too long for the Windows Task Scheduler (%1 characters, at most %2). Use a data folder with a shorter path.</source>
        <translation>Der Befehl ist zu lang für die Windows-Aufgabenplanung (%1 Zeichen, höchstens %2). Verwende einen Datenordner mit einem kürzeren Pfad.</translation>
    </message>
    <message>
        <source>Windows could not set up the task: %1</source>
        <translation>Windows konnte die Aufgabe nicht einrichten: %1</translation>
    </message>
    <message>
        <source>Windows could not remove the task: %1</source>
        <translation>Windows konnte die Aufgabe nicht entfernen: %1</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Kurzdraht now publishes scheduled posts every minute, even when the app is closed.</source>
        <translation>Kurzdraht veröffentlicht geplante Beiträge jetzt jede Minute, auch wenn die App geschlossen ist.</translation>
    </message>
    <message>
        <source>Kurzdraht no longer publishes scheduled posts while the app is closed.</source>
        <translation>Kurzdraht veröffentlicht geplante Beiträge nicht mehr, solange die App geschlossen ist.</translation>
    </message>
    <message>
        <source>The scheduled task was not set up, so there is nothing to remove.</source>
        <translation>Die geplante Aufgabe war nicht eingerichtet, es gibt also nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Not set up: scheduled posts go out only while Kurzdraht is open. “kurzdraht schedule-task install” changes that.</source>
        <translation>Nicht eingerichtet: Geplante Beiträge erscheinen nur, solange Kurzdraht geöffnet ist. „kurzdraht schedule-task install“ ändert das.</translation>
    </message>
    <message>
        <source>The scheduled task is set up but not active. Run “kurzdraht schedule-task install” again.</source>
        <translation>Die geplante Aufgabe ist eingerichtet, aber nicht aktiv. Führe „kurzdraht schedule-task install“ noch einmal aus.</translation>
    </message>
    <message>
        <source>Set up: Kurzdraht publishes scheduled posts every minute, even when the app is closed.</source>
        <translation>Eingerichtet: Kurzdraht veröffentlicht geplante Beiträge jede Minute, auch wenn die App geschlossen ist.</translation>
    </message>
    <message>
        <source>It has not run yet.</source>
        <translation>Sie ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Zuletzt gelaufen: %1</translation>
    </message>
</context>
<context>
    <name>TextTabs</name>
    <message>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>Write your post here. Paste or drop images into it.</source>
        <translation>Schreibe hier deinen Beitrag. Bilder kannst du einfügen oder hineinziehen.</translation>
    </message>
    <message>
        <source>Text of the post</source>
        <translation>Text des Beitrags</translation>
    </message>
    <message>
        <source>Adjusted for this network</source>
        <translation>Für dieses Netzwerk angepasst</translation>
    </message>
    <message>
        <source>Follows the main text</source>
        <translation>Folgt dem Haupttext</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Kurzdraht</source>
        <translation>Kurzdraht anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n neuer Kommentar</numerusform>
            <numerusform>%n neue Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source>New comments</source>
        <translation>Neue Kommentare</translation>
    </message>
    <message>
        <source>A post waits for you: %1</source>
        <translation>Ein Beitrag wartet auf dich: %1</translation>
    </message>
    <message>
        <source>Kurzdraht is still running</source>
        <translation>Kurzdraht läuft weiter</translation>
    </message>
    <message>
        <source>Scheduled posts go out on time and new comments are announced here. To quit, use this icon&apos;s menu.</source>
        <translation>So erscheinen geplante Beiträge pünktlich, und neue Kommentare werden hier gemeldet. Zum Beenden nutze das Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Kurzdraht</source>
        <translation>Willkommen bei Kurzdraht</translation>
    </message>
    <message>
        <source>Three short steps: your organisation, your first account, your first post.</source>
        <translation>Drei kurze Schritte: deine Organisation, dein erstes Konto, dein erster Beitrag.</translation>
    </message>
    <message>
        <source>Kurzdraht gathers the comments from all your networks in one inbox, publishes a post to several networks in one click and keeps your posts in a calendar. Everything stays on this computer; passwords go to the computer&apos;s password store. You can skip this guide and open it again from Help → First steps.</source>
        <translation>Kurzdraht sammelt die Kommentare aus all deinen Netzwerken in einem Posteingang, veröffentlicht einen Beitrag mit einem Klick in mehreren Netzwerken und hält deine Beiträge in einem Kalender fest. Alles bleibt auf diesem Computer; Passwörter kommen in den Passwortspeicher des Computers. Du kannst diese Anleitung überspringen und später unter Hilfe → Erste Schritte wieder öffnen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Would you rather look around first? The sample workspace has made-up accounts and posts.</source>
        <translation>Möchtest du dich erst umsehen? Der Beispiel-Arbeitsbereich hat ausgedachte Konten und Beiträge.</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Beispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Starts a second Kurzdraht with made-up data</source>
        <translation>Startet ein zweites Kurzdraht mit ausgedachten Daten</translation>
    </message>
</context>
</TS>
