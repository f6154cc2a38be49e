<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountPicker</name>
    <message>
        <source>Tick to post to every account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only answers comments (in the Inbox); Kurzdraht cannot make posts there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>An organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already in Kurzdraht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht does not know the network “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation&apos;s name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a colour; a colour is written like #2f6f9f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time zone; a time zone is written like Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is there twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is an organisation called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has accounts: move them to another organisation or remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has posts, which keep it: only an organisation without posts can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has its own developer apps: remove them first (Accounts → Developer apps…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved login could not be deleted from the system password store, so the account was kept. Please unlock the password store and try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several accounts are called “%1”: %2. Please use the handle instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login ends on %1 – please reconnect before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube quota today: %1 of %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation is no longer in Kurzdraht.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Connect your first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a network your organisation uses. You can connect more later in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each network&apos;s page says what it needs: for most, you sign in in your browser and allow Kurzdraht there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a %1 account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your organisation&apos;s accounts (Facebook, Instagram, Threads, X, LinkedIn, YouTube, Mastodon, Bluesky, its WordPress blog) to publish and answer comments from here. Or look around in a sample workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer apps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images via…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WordPress blog that puts this account&apos;s images on the web (Instagram, Threads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login of %1 ends within a week. Please reconnect it in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fetches images from the web. Which blog puts them there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown in Kurzdraht:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account belongs to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Kurzdraht? Kurzdraht withdraws its access on %2 and deletes the saved login from this computer. Posts already published stay on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed. Kurzdraht may still have access on %2: you can withdraw it in the account&apos;s settings there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnsweringPage</name>
    <message>
        <source>Answer time per week (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged comments per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open comments, by how long they have waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions of this period, for the team meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering per account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comments received, %2 answered from Kurzdraht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half were answered within %1, nine in ten within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments arrived in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine in ten within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–3 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–7 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over a week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment of this period is tagged as a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a week&apos;s Monday under a bar; Qt date format</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>a month under a bar; Qt date format</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptState</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet, will check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht backs up your data once a day when it starts, and keeps the latest ones. A folder on another drive keeps them safe when this computer fails. Backups already made stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest backup: %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to back up yet in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new backup failed its check, so it was not kept. Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the whole path of the folder for backups, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht cannot keep backups in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup to restore in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup called “%1”. “kurzdraht backup list” shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged too, so it was not restored. Nothing was changed; choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>connected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list drafts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments, replies and mentions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only comments not yet done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many to show (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation the account belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name Kurzdraht shows for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an account and its saved login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s name as `accounts list` shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test the connection of accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the name Kurzdraht shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Connect one in Kurzdraht&apos;s Accounts section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: use --password-stdin (or --token-stdin) to pass it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password (or token) is empty. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the organisation with --organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please approve Kurzdraht in your browser. If it does not open, visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After approving, copy the address your browser ended on and paste it here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address was pasted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its saved login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht may still have access on %1: you can withdraw it in the account&apos;s settings there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish the scheduled posts whose time has come, then exit (for the system&apos;s task scheduler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long to keep retrying before leaving posts in the outbox (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled and published posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day (default: two weeks from the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed (their time passed while the computer was off): %1. Open Kurzdraht to publish or reschedule them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number from a listing (1, 2, 3 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too far in the past or future: please give a year from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-12-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time like 2026-12-24 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder: please give a file name in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of “%1” does not exist. Please create it first, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty value is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned or published in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch new comments for all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only comments with these words (a word also finds longer words that start with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only comments with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer a comment (through the outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment&apos;s number from `inbox`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply, or - to read it from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not mark the comment done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long to keep trying before leaving it to the outbox (default 120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark comments done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comments&apos; numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark them open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connected accounts to fetch comments from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments marked open again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments marked done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht, the social media manager for social organisations. Without a command, the app opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a sample workspace in a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data folder to use (default: KURZDRAHT_HOME or the system&apos;s user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish a post now to one or more accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account&apos;s name as `accounts list` shows it (repeat for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach an image (repeat for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description of the image before it, for people who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title (for blogs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long to keep retrying before leaving the post in the outbox (default 120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule it for this time (the organisation&apos;s local time) instead of publishing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text to post (- reads standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts waiting to be sent and recent results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send what is due now before listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post waiting for you (No. in the list) is posted by hand; give its --link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip a post waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link of the post (--posted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--alt describes the image before it; give --image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting for you to post it by hand (No. %2). Then: kurzdraht outbox --posted %2 --link URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: still in the outbox (%2). The app, or `kurzdraht outbox --send`, sends it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let the system publish scheduled posts every minute, even when the app is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the system&apos;s task scheduler to run publish-due every minute for this data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove that task again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether the task is set up, and when it last ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample workspace is deleted when this command ends, so no task is set up for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the schedule to a calendar file (.ics) for Outlook, Thunderbird or a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .ics file to write (replaced in one step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (default: 30 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day (default: a year from today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule the posts of a spreadsheet (CSV with the columns date, time, accounts, text, image, alt text); nothing is imported while a row has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file (UTF-8, separated by ; or ,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only check the file and show what would be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the schedule to a spreadsheet (CSV) that import-csv reads again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (default: from now; published posts are listed with their links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling posts: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Rows with problems: %1 of %2. Please correct them and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts that would be scheduled: %1. Nothing was imported (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts scheduled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up and restore your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the backups, newest first, each checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the data by a backup (the current data is kept in the backups folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup&apos;s name, as listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest backup that passes its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made and checked: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a backup, or give --latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your data from %1 (made %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or replace an app&apos;s ID and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 app (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation&apos;s developer apps (for Facebook, Instagram, Threads, X, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app&apos;s ID (also called client ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the app secret (client secret) from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the https address registered as the app&apos;s redirect callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the https address registered as the app&apos;s redirect (without it: this computer, %1, which the network must have enabled for the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another address on this computer registered as callback (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the apps Kurzdraht knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget an app and its secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation the app belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 app %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No developer apps yet. Add one with `kurzdraht apps set`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 app for this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the %1 app and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followers per account and their change (the last 30 days by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts shared most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follower figures from %1 to %2 yet. They are counted once a day when comments are fetched (the app, or `kurzdraht sync`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments: %1 received, %2 answered from Kurzdraht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half were answered within %1, nine in ten within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open comments now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions in this period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a month like 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly report for the board and funders as a PDF (the last complete month by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report (1 page) to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report (%2 pages) to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month has no figures yet; the report says how they are collected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later (PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the post back where it was (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import posts from a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for Outlook or Thunderbird (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the computer was off at a post&apos;s time, publish it automatically if it is at most this many hours late (0: always ask). Posts later than that are shown as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts saved to %2: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red frame: needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scheduled in this month. Write a post and choose Schedule… to plan it; it appears here in your organisation&apos;s colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scheduled in this week. Write a post and choose Schedule… to plan it; it appears here in your organisation&apos;s colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) missed their time while Kurzdraht was not running. Publish them now, or right-click one to reschedule it.</source>
        <translation>
            <numerusform>%n post missed its time while Kurzdraht was not running. Publish it now, or right-click it to reschedule it.</numerusform>
            <numerusform>%n posts missed their time while Kurzdraht was not running. Publish them now, or right-click one to reschedule it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to %1. Ctrl+Z puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule (back to drafts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicating the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this post? It will not be published. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Image %1 is too small here (at least %2 pixels wide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is too %2 here (from 4:5 upright to 1.91:1 wide): add borders or crop it with the buttons beside the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 charges your organisation $%1 for this post, as it has a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 charges your organisation $%1 for this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose at least one account to post to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to post yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht cannot post to this network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only lets Kurzdraht answer comments, not make posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not connected yet. Please connect it in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not connected. Please reconnect it in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an image with every post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fetches images from the web: choose the WordPress blog that puts them there (Accounts → Images via…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 images can go with one post here; remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of image %1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 has no description. People who cannot see it rely on one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeSection</name>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a post once, adjust it for each network and publish it to several accounts with one click. Whatever you write is kept as a draft, even offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is copied: paste it there (Ctrl+V) and add the post&apos;s images. Posted? Then paste its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link of the post (copy it from the browser; may stay empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking as posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerEditor</name>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (for blogs; otherwise the first line is used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to every ticked account at once (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ways to schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to post to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to queue (the next free posting slot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule (back to drafts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everywhere published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed its time (%1): publish it now from the calendar, or reschedule it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes out once the problems marked in red above are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Please sign in and allow Kurzdraht in the browser window that just opened. Kurzdraht waits here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you have allowed Kurzdraht, your browser shows another page. Copy that page&apos;s whole address from the browser&apos;s address bar and paste it here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Kurzdraht (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the network shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nachbarschaftszentrum Lindenhof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose or enter the organisation this account belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting an account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Signing in needs your organisation&apos;s own %1 app, set up once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the %1 app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None for now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag this comment (t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply… (r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the conversation (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a comment to see its conversation and answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as stored on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark open again (e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done (e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPanel</name>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counting</name>
    <message>
        <source>%1 characters too long for this server (links count as %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters too long for Bluesky.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for Bluesky: emoji and special characters take more space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: emoji and special characters take more space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters too long for Instagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hashtags: Instagram allows at most %2 in one post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters too long for X (links count as %2, emoji as 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains an invisible character that X does not accept (often copied along).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Passwords are kept in your system&apos;s password store (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password store was found on this computer, so Kurzdraht cannot keep account passwords safely. You can still write and save drafts. To connect accounts, use Windows Credential Manager, the macOS Keychain, or on Linux a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty password cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system password store refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is saved as “Unicode text” (UTF-16). Please save it as “CSV UTF-8” and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. The first row names the columns: date, time, accounts, text, image, alt text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must name the columns date, time, accounts and text (image and alt text may follow); it names: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-12-24 or 24.12.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time like 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts belong to different organisations (%1); one row posts for one organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row holds characters that are not UTF-8. Please save the file as “CSV UTF-8” (in Excel: File › Save as › CSV UTF-8) and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already published; not imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has more cells than the first row names. Does the text contain the separator without quotes around it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time (%1) has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no posts in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every post in this file was already published; there is nothing to schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file has problems (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the posts could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Kurzdraht took it for abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>One post per row with the columns date, time, accounts, text, image and alt text (German column names work too). Times are the organisation&apos;s local time; several accounts are separated by |. Save from Excel as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again after correcting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import posts from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the posts to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing will be imported until they are fixed. Correct the file, then choose Check again.</source>
        <translation>
            <numerusform>%n row has a problem; nothing will be imported until it is fixed. Correct the file, then choose Check again.</numerusform>
            <numerusform>%n rows have problems; nothing will be imported until they are fixed. Correct the file, then choose Check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) ready to schedule.</source>
        <translation>
            <numerusform>%n post ready to schedule.</numerusform>
            <numerusform>%n posts ready to schedule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already published; they are left out.</source>
        <translation>
            <numerusform>%n row was already published; it is left out.</numerusform>
            <numerusform>%n rows were already published; they are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduling %n post(s)…</source>
        <translation>
            <numerusform>Scheduling %n post…</numerusform>
            <numerusform>Scheduling %n posts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduling imported posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; none of its posts were scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataFolderSettings</name>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drafts, comments, posts and settings are kept in this folder on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and logins are not in it: they are in the computer&apos;s password store. To use another folder, start Kurzdraht with --home FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeveloperAppSettings</name>
    <message>
        <source>Developer apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some networks (Facebook and Instagram, Threads, X, LinkedIn, YouTube) let an organisation connect only through its own developer app. Its ID and secret are kept here, the secret in the password store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer apps…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeveloperAppsDialog</name>
    <message>
        <source>Developer apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect address (https):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the developer pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s own %1 app, once, for %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect address (https, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading developer apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in the password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up yet for this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: app %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: app %1. Enter the secret again only to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose or enter the organisation this app belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the app secret again to change the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the developer app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. You can now connect accounts through this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the developer app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Accounts connected through it keep working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>This draft no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is being published or already out; it can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The disk is full. Please make room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht may not write to “%1”: it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht may not use “%1”: access was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Details are in the log file %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search comments and names (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search comments and names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstPostPage</name>
    <message>
        <source>Write your first post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The composer opens with your accounts ticked. Write your post, see each network&apos;s limits as you type, then publish it in one click or schedule it. Until then it stays a draft on this computer, also offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can start without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts can be written and kept as drafts now, also offline. To publish them, connect an account in Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comments arrive in the Inbox, your posts show in the Calendar. Help → First steps opens this guide again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>First steps with Kurzdraht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your first post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowersPage</name>
    <message>
        <source>each account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;line for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers per account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers are counted once a day while Kurzdraht fetches comments; a day the computer was off stays empty. Change: from the first to the last count of the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that scheduled posts go out on time and new comments are announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missed post goes out by itself up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (I decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the computer was off at a post&apos;s time, Kurzdraht sends it at the next start if it is at most this late; a later one waits in the calendar for you to decide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageCard</name>
    <message>
        <source>Describe the image for people who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shape does not fit every chosen network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add borders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description yet: people using screen readers will miss this image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRowModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>There is no comment with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the tag a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag can have at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in tags cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a reply first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to wait until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxSection</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for new comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch new comments from all accounts now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to check for new comments, and notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments, replies and mentions from all your accounts will appear here in one list, so that no one&apos;s feedback gets lost. Connect an account to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment matches “%1” with these filters. A word also finds longer words that start with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all open comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every comment has been answered or marked done. 🎉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show done comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 comments match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) match</source>
        <translation type="unfinished">
            <numerusform>%n comment matches</numerusform>
            <numerusform>%n comments match</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting open comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked done: %n comment(s). Ctrl+Z makes it open again.</source>
        <translation>
            <numerusform>Marked done: %n comment. Ctrl+Z makes it open again.</numerusform>
            <numerusform>Marked done: %n comments. Ctrl+Z makes them open again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open again: %n comment(s). Ctrl+Z marks it done.</source>
        <translation>
            <numerusform>Open again: %n comment. Ctrl+Z marks it done.</numerusform>
            <numerusform>Open again: %n comments. Ctrl+Z marks them done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagging comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the tag (e.g. “volunteering”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply is on its way. The outbox sends it now, or as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for new comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for new comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. What had arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s).</source>
        <translation>
            <numerusform>%n new comment.</numerusform>
            <numerusform>%n new comments.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new comments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxSettings</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for &amp;new comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 follower of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followers of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 follower of the person who shared it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followers of the person who shared it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 follower of the %1 people who shared it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 followers of the %2 people who shared it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 more share whose followers the network does not show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 more shares whose followers the network does not show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 share whose followers the network does not show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 shares whose followers the network does not show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median answer time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 in 10 within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsSection</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one- or two-page PDF of a month for the board and funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights counts your followers once a day and the likes and shares of your posts while Kurzdraht fetches comments. Connect an account and publish a post, and the first figures appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht report %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KurzdrahtApp</name>
    <message>
        <source>Opening your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending waiting posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was restored from the backup of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo workspace</source>
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
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kurzdraht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kurzdraht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kurzdraht %1&lt;/h3&gt;&lt;p&gt;One inbox, one composer and one calendar for the social media of social organisations.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password store found: drafting works, connecting accounts does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts still on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) are not sent yet. If you quit now, they are sent the next time you start Kurzdraht. Quit anyway?</source>
        <translation>
            <numerusform>%n post is not sent yet. If you quit now, it is sent the next time you start Kurzdraht. Quit anyway?</numerusform>
            <numerusform>%n posts are not sent yet. If you quit now, they are sent the next time you start Kurzdraht. Quit anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>The image “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an image Kurzdraht can read (JPEG, PNG, GIF or WebP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” is too large: %2 megapixels; at most %3 megapixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The animated GIF “%1” is too large for this network and cannot be made smaller without losing its animation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network does not accept images like “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” could not be made small enough for this network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <source>Changed for %1 only: the other networks keep the main text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the main text. Type here to change it for %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the main text again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <source>Please enter the handle and an app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a %2 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login for “%1” is missing from the system password store. Please reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in needs a browser; please connect in Kurzdraht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved login is missing from the system password store. Please reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky did not accept this handle and app password. Please check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is no longer on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Bluesky account (with an app password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an app password, not your main password. You create one in Bluesky under &lt;a href=&quot;%1&quot;&gt;Settings → Privacy and security → App passwords&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name.bsky.social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the app password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (only if not bsky.social):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s server (default: bsky.social)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took too long to process the image “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Mastodon account (signs in through the browser unless a token is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Mastodon server. Kurzdraht then opens your browser, where you sign in and allow Kurzdraht to post. If you prefer, paste an access token from Preferences → Development instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Mastodon server, e.g. social.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone on Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the Page token of “%1”, not of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Facebook Page (signs in through your organisation&apos;s Meta app unless a token is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht signs in through your organisation&apos;s own Meta app (see “Developer apps”): your browser opens, you log in to Facebook and allow Kurzdraht to manage the Page. If you prefer, paste a user or Page access token instead, e.g. from the Graph API Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Page&apos;s ID or name, when the login manages several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a user or Page access token from standard input instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an access token from standard input instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled in the browser (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please paste the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on this computer is in use by another program, and the network returns only there after the sign-in. Please close that program (or another Kurzdraht sign-in) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht has received the answer. You can close this browser tab now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the address the browser ended on after the sign-in (it should start with %1). Please copy it from the browser&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither an access token nor the answer of the network&apos;s token endpoint (JSON with “access_token”). Please copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s answer to the sign-in held no login. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht cannot connect to %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB, more than Kurzdraht reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer that Kurzdraht cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1. Is the computer online?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off before it answered, so it is not known whether this went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts the saved login. Please reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2), so it is not known whether this went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open developers.facebook.com/apps with the Facebook login of a person who manages the Page, and choose “Create app”. Name it e.g. “Kurzdraht Lindenhof”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As use cases choose “Manage everything on your Page” and, for Instagram, “Manage messaging and content on Instagram” (with Facebook Login). Connect the app to no business portfolio, or to your organisation&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the use cases, add these permissions: pages_show_list, pages_read_engagement, pages_read_user_content, pages_manage_posts, pages_manage_engagement; for Instagram also instagram_basic, instagram_content_publish, instagram_manage_comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Facebook Login → Settings, enter this address as a “Valid OAuth Redirect URI”: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the app in development mode: then it needs no review by Meta. Under App roles → Roles, add every colleague who will connect accounts (as developer or tester).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under App settings → Basic, copy the App ID and the App secret (“Show”) into the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks Kurzdraht to wait until %2 before the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a problem right now (%2). Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused this: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fetches images from the web: choose the WordPress blog that puts them there (Accounts → Images via…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login does not manage the Page “%1”. It manages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login manages no Facebook Page that %1 can use. Sign in with a person who manages the Page, and allow Kurzdraht all the Pages it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login manages several Pages. Which one do you want to connect? (--page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So it is not known whether this went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to wait until %2 before the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht only connects to “%1” over an encrypted connection (https://), so that nobody on the way can read your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress did not accept this user name and Application Password. Please check both, or create a new Application Password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blog did not say where it put the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the user name and the Application Password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WordPress blog (with an Application Password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht posts to your blog with an Application Password. Create one in WordPress under Users → Profile → Application Passwords, or with the button below, and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blog&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your WordPress user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the Application Password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an Application Password in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new password from the browser into the field above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an app ID. Please copy it from the app&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returns to Kurzdraht on this computer: the redirect address must look like http://127.0.0.1:PORT/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s %1 app is needed first: add its app ID and secret under Accounts → Developer apps (or with `kurzdraht apps set %2`). The guide there shows how to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the app secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only returns to https addresses. Please enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht knows no developer app “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot put images on the web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram needs an image with every post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram says the post was published but does not show it yet. Checking again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram allows %1 posts a day through apps; this account has reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram could not take the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram is still preparing the image. Trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these Facebook Pages has an Instagram professional account linked to it: %1. Link the Instagram account to the Page in the Page&apos;s settings (Linked accounts), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Instagram professional account linked to a Facebook Page (through your organisation&apos;s Meta app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram professional accounts connect through the Facebook Page they are linked to, with your organisation&apos;s own Meta app (see “Developer apps”). Instagram fetches every image from the web, so choose the WordPress blog whose media library puts them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook Page (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Facebook Page the Instagram account is linked to, by ID or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images via blog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WordPress account (its name or handle) that puts the images on the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open developers.facebook.com/apps with the Facebook login of the person who manages the Threads profile, choose “Create app” and the use case “Access the Threads API”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the use case, add the permissions threads_basic, threads_content_publish, threads_read_replies, threads_manage_replies and threads_manage_insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Settings, enter an https address of your organisation as “Redirect Callback URL”, e.g. a page of your blog such as https://lindenhof.example/kurzdraht/ (the page need not exist; the address only has to be yours). Enter the same address below. Enter it also for “Uninstall” and “Delete” callbacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under App roles → Roles, add the Threads profile as a Threads tester; accept the invitation in Threads under Settings → Account → Website permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the use case&apos;s settings, copy the Threads app ID and the Threads app secret (not the Facebook ones) into the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads says the post was published but does not show it yet. Checking again soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads allows %1 posts a day through apps; this account has reached it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads could not take the post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads is still preparing the post. Trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Threads profile (signs in through your organisation&apos;s Threads app unless a token is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht signs in through your organisation&apos;s own Threads app (see “Developer apps”). Threads sends your browser back to your organisation&apos;s own web address; Kurzdraht then asks you to copy that address. Images go to the web through your WordPress blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read a Threads access token from standard input instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Kurzdraht window or task is renewing this account&apos;s login and does not finish. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel has no API: a person posts it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel without an API (XING, a newsletter): Kurzdraht reminds you and you post it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For channels Kurzdraht cannot post to itself (XING, your own app, a newsletter). Plan posts for it as for any other account; when one is due, Kurzdraht reminds you, copies its text and opens the address below. Once it is posted, paste its link — or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to post it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address Kurzdraht opens when a post is due (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open linkedin.com/developers/apps with the LinkedIn login of a person who is a super admin of your organisation&apos;s LinkedIn Page, choose “Create app” and name your Page as the app&apos;s company. Verify the app with the Page when LinkedIn asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under “Products”, request the “Community Management API”. It must be the only product on this app, so use another app for anything else. LinkedIn checks the request; this can take a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under “Auth”, check that the scopes rw_organization_admin, w_organization_social and r_organization_social are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under “Auth” → “Authorized redirect URLs”, add an https address of your organisation, e.g. a page of your website such as https://lindenhof.example/kurzdraht/ (the page need not exist), and enter the same address below: after signing in you copy the address your browser ended on into Kurzdraht. Only if LinkedIn has enabled sign-in on this computer for your app, leave the address below empty: Kurzdraht then receives the answer itself at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under “Auth”, copy the “Client ID” and the “Primary Client Secret” into the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn no longer accepts the saved login. Please reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn sent an answer that Kurzdraht cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your LinkedIn login has no admin role on this Page (any more). A super admin of the Page can give you the role “Super admin” or “Content admin”; then reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for LinkedIn (3,000 characters). LinkedIn counts each of the characters ( ) [ ] { } &lt; &gt; # @ * _ ~ | \ twice. Please shorten the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn says this exact text is already on the Page, so it was probably posted before. Please look at the Page on LinkedIn; Kurzdraht does not send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn did not take the image. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn could not process the picture “%1”. Please try another one (JPEG or PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn is still preparing the picture. Trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn does not accept the client ID and secret of your organisation&apos;s LinkedIn app. Please copy them again under Developer apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LinkedIn login has no admin role on the Page “%1”. It may post for: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LinkedIn login has no admin role on any LinkedIn Page. Sign in with a person who is “Super admin” or “Content admin” of your organisation&apos;s Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LinkedIn login may post for several Pages. Which one do you want to connect? (--organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a LinkedIn Page (signs in through your organisation&apos;s LinkedIn app unless a token is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht posts as your organisation&apos;s LinkedIn Page and signs in through your organisation&apos;s own LinkedIn app (see “Developer apps”). Your browser opens LinkedIn; afterwards you copy the address it ended on into Kurzdraht, unless LinkedIn lets your app return to this computer. The login lasts 60 days; Accounts reminds you a week before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn Page (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the LinkedIn Page&apos;s ID or name, when your login may post for several (not the same as --organisation, the organisation in Kurzdraht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an access token from standard input instead: the token, or the JSON LinkedIn&apos;s token endpoint answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn no longer accepts the version of its interface that this Kurzdraht uses (%1). Please update Kurzdraht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LinkedIn login has run out (it lasts 60 days). Please reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn refused this: your LinkedIn login has no admin role on this Page. A super admin of the Page can give you the role “Super admin” or “Content admin”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn refused this: your LinkedIn login has no admin role on this Page, or your organisation&apos;s LinkedIn app lacks the “Community Management API”. (LinkedIn: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn allows only a certain number of requests a day, and that number is reached for now. Kurzdraht tries again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook only sends posts; it has no comments to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing secret must be base64 text of at least 16 bytes, usually written whsec_… — copy it from the receiver&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a webhook: each post goes as JSON to an address you choose (your own app, a chat, automation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht sends each post as JSON to this address, signed with the secret if you give one (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature). The receiver answers 2xx when it took the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address the posts are sent to (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the signing secret (whsec_…) from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open console.x.com with the X account of your organisation, create a project and in it an app (X charges per post: buy a few dollars of credits and set a spending limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the app&apos;s “User authentication settings”, choose the permissions “Read and write”, the type of app “Native App”, and enter this address as “Callback URI / Redirect URL”: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your organisation&apos;s website as “Website URL” and save. Kurzdraht needs no secret: copy only the OAuth 2.0 “Client ID” into the field below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X asks to wait until %1 before the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your X app&apos;s credits are used up (X charges per request). Buy credits at console.x.com; Kurzdraht tries again at %1 and keeps the posts until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X no longer accepts the saved login (X&apos;s logins last two hours unless Kurzdraht can renew them through your organisation&apos;s X app). Please reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X no longer accepts the saved login. Please reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X sent an answer that Kurzdraht cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X says this exact text was already posted, so it was probably posted before. Please look at the account on X; Kurzdraht does not send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X lets apps answer only people who mention your account or quote its posts. Please answer this one on X itself. (X: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X did not take the image. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an X account (signs in through your organisation&apos;s X app unless a token is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht signs in through your organisation&apos;s own X app (see “Developer apps”): your browser opens X, and after you allow access it returns to Kurzdraht. X charges per post ($0.015, with a link $0.20) and lets apps answer only people who mention your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an access token from standard input instead: the token, or the JSON X&apos;s token endpoint answered (with its refresh token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open console.cloud.google.com with a Google account of your organisation and create a project (e.g. “Kurzdraht Lindenhof”). Under “APIs &amp; Services → Library”, enable “YouTube Data API v3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the “OAuth consent screen”: user type “External”, your organisation&apos;s name and e-mail. Add the Google account that owns the channel as a test user, or publish the app: while it is in “Testing”, Google ends the login after 7 days and the account has to be reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under “Credentials”, choose “Create credentials → OAuth client ID” of the type “Desktop app” and copy its “Client ID” and “Client secret” into the fields below (Google says this secret is not confidential for desktop apps; Kurzdraht still keeps it in the system&apos;s password store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube no longer accepts the saved login: the account needs reconnecting. If your organisation&apos;s Google app is still in “Testing”, Google ends its logins after 7 days; publish the app on the “OAuth consent screen” page so that the login lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google does not accept the client ID or secret of your organisation&apos;s Google app. Please check them under Developer apps and reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube sent an answer that Kurzdraht cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube&apos;s daily quota is used up; answers wait until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube&apos;s daily quota is used up; new comments arrive again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments are turned off for this video on YouTube.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is not public (it may be waiting for review in YouTube Studio), so it cannot be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube does not allow answering this comment (its author may not accept answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is too long for YouTube (10,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Google account cannot write comments on YouTube. Please reconnect with the Google account that owns the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is no longer on YouTube.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login does not allow Kurzdraht to read and answer comments. Please reconnect the account and allow “Manage your YouTube account” when Google asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube&apos;s login has run out (it lasts an hour). Please reconnect the account; with your organisation&apos;s Google app set up, Kurzdraht keeps it fresh by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Google account has no YouTube channel. Please sign in with the Google account that owns your organisation&apos;s channel (for a brand account, choose the channel when Google asks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube&apos;s API cannot make posts; Kurzdraht shows and answers comments on your videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a YouTube channel&apos;s comments (signs in through your organisation&apos;s Google app unless a token is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht signs in through your organisation&apos;s own Google app (see “Developer apps”): your browser opens Google, and after you allow access it returns to Kurzdraht. Kurzdraht shows the comments on your channel&apos;s videos and answers them; YouTube does not let apps make posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an access token from standard input instead: the token, or the JSON Google&apos;s token endpoint answered (with its refresh token)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationRows</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nachbarschaftszentrum Lindenhof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour of its posts in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its posts are scheduled in this time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationSettings</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisations you post for. Each has its colour in the calendar and its time zone, in which its posts are scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The times each organisation usually posts at, for “Add to queue”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom do you post for? If you post for two organisations, add the second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each organisation gets its own colour in the calendar, and its posts are scheduled in its time zone. You can change both later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>This post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose at least one account to post to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is being sent or already published; it can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is not waiting for you (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address. Please copy the link from the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment this reply answers is no longer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1). Details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post it by hand: “Copy and open”, then “Posted…” with its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <source>Posts on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the post&apos;s text and open the channel where you post it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You posted it by hand: give its link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting for you to post by hand. Choose one, then “Copy and open”.</source>
        <translation>
            <numerusform>%n post waiting for you to post by hand. Choose it, then “Copy and open”.</numerusform>
            <numerusform>%n posts waiting for you to post by hand. Choose one, then “Copy and open”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) waiting to be sent. They go out by themselves when the connection is back.</source>
        <translation>
            <numerusform>%n post is waiting to be sent. It goes out by itself when the connection is back.</numerusform>
            <numerusform>%n posts are waiting to be sent. They go out by themselves when the connection is back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting. Recent results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty. Posts wait here while there is no connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostState</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingSlotsDialog</name>
    <message>
        <source>Posting slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts added to the queue go out at the next free one of these times (in the organisation&apos;s time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading posting slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an account first: slots belong to its organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving posting slots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <source>Published posts and what they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by shares; click a heading to sort by another figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) in this period (one row per account)</source>
        <translation>
            <numerusform>%n post in this period (one row per account)</numerusform>
            <numerusform>%n posts in this period (one row per account)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a post to see how far it travelled through shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The followers of %1 have not been counted yet, so how far this post travelled is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by up to %1 people: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the accounts to post to, and their previews appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishStatusPanel</name>
    <message>
        <source>Open the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 has not begun yet. Please choose this month or an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Please give a file name in it, like report.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Please choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht may not write into the folder “%1”. Please choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Kurzdraht on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht has no figures for %1: no followers were counted, no post was published through Kurzdraht and no comment arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are collected while Kurzdraht fetches comments (in the app, or with “kurzdraht sync”): the followers once a day, the likes and shares of posts published through Kurzdraht during their first 30 days. Comments and answers come from the Inbox, suggestions are the comments tagged “suggestion” there. Open Kurzdraht regularly and next month&apos;s report fills itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No followers were counted this month. Kurzdraht counts them once a day while it fetches comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers at the last count of the month; the change since the last count before it. Someone who follows several accounts is counted on each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post was published through Kurzdraht this month, or its figures were not fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by: not known (the account&apos;s followers were never counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for this month yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by up to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The posts shared most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by: at most this many people could see the post in their timeline — the account&apos;s followers on the day plus the followers of those who shared it (people who follow several are counted more than once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments arrived this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered through Kurzdraht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of them answered within (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine in ten answered within (90th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from a comment&apos;s arrival to the first reply sent through Kurzdraht; replies written on a network&apos;s own site are not seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for the team meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comment of this month is tagged “suggestion”. Tag one in the Inbox and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and 1 more — see the Inbox filtered by Suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more — see the Inbox filtered by Suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to go back to. Your current data is not deleted: it is kept in the backups folder, so a restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for backups and checking them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All backups are damaged, so none can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. Kurzdraht makes one each day it is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the latest good backup brings back your data as it was then. The damaged file is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleExport</name>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: please choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scheduling</name>
    <message>
        <source>“%1” is not a date and time like 2026-12-24 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is being published or already out; it cannot be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has already passed. Please choose a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is no longer scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A posting slot needs a weekday and a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation has no free posting slot in the next weeks. Set its slots in Calendar → More → Posting slots…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size and position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last open section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period Insights shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post open in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for new comments every (minutes, 0: only on request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first-run guide was finished or skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of new comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a scheduled post automatically when it is at most this many hours late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups (empty: the data folder&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInQuestion</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnippetMenu</name>
    <message>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snippets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved replies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this reply for next time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected text as a snippet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a saved reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply to keep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text to keep as a snippet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this reply (e.g. “Thanks for the idea”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this snippet (e.g. “Signature”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the snippet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snippets</name>
    <message>
        <source>A snippet needs a name and some text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Offline: drafts are saved; publishing waits for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>To restore the latest good backup, choose File → Restore from backup… in Kurzdraht, or run: kurzdraht backup restore --latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged or not a Kurzdraht database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is only %2 bytes long: it was cut off (for example by an interrupted copy) and holds nothing Kurzdraht can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding your data (%1) is full, so Kurzdraht could not save. Your data file is not damaged: free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the data file %1 and kept it locked for %2 seconds (perhaps a second Kurzdraht, a scheduled “publish-due” run, or a database tool). Close it and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht may not write to the data file %1: the file, its folder or its drive is read-only. Make it writable (or start Kurzdraht with --home and a writable folder); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Give a folder for Kurzdraht&apos;s data (a new one is created if it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht cannot use the data folder %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Kurzdraht (data version %1; this version understands up to %2). Please update Kurzdraht. Your data has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>praise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>systemd is not available here, so no timer could be set up. To publish scheduled posts while the app is closed, add this line to your crontab (crontab -e):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer is saved in %1, but systemd could not start it: %2
Run this command again in your desktop session, or add this line to your crontab (crontab -e):
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer&apos;s files are removed, but systemd could not be told: %1
The timer stops at your next login at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer is set up, but systemd could not be asked whether it runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is saved in %1, but macOS could not start it: %2
Log out and in again, then run this command once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs, the last one ended with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is too long for the Windows Task Scheduler (%1 characters, at most %2). Use a data folder with a shorter path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows could not set up the task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows could not remove the task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht now publishes scheduled posts every minute, even when the app is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht no longer publishes scheduled posts while the app is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled task was not set up, so there is nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up: scheduled posts go out only while Kurzdraht is open. “kurzdraht schedule-task install” changes that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled task is set up but not active. Run “kurzdraht schedule-task install” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up: Kurzdraht publishes scheduled posts every minute, even when the app is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextTabs</name>
    <message>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your post here. Paste or drop images into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted for this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the main text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Kurzdraht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n new comment</numerusform>
            <numerusform>%n new comments</numerusform>
        </translation>
    </message>
    <message>
        <source>New comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post waits for you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled posts go out on time and new comments are announced here. To quit, use this icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Kurzdraht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three short steps: your organisation, your first account, your first post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurzdraht gathers the comments from all your networks in one inbox, publishes a post to several networks in one click and keeps your posts in a calendar. Everything stays on this computer; passwords go to the computer&apos;s password store. You can skip this guide and open it again from Help → First steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you rather look around first? The sample workspace has made-up accounts and posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a second Kurzdraht with made-up data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
