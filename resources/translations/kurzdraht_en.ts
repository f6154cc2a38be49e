<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Kurzdraht will connect your Mastodon, Bluesky and WordPress accounts first; Facebook, Instagram, X, LinkedIn and YouTube follow. Until then you can look around in a sample workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
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
        <source>No drafts yet.</source>
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
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled and published posts will appear here by day and week, so you can see at a glance what goes out when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days and coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the schedule</source>
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
        <source>Here you will write a post once, adjust it for each network and publish it to several accounts with one click, or keep it as a draft, even offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your first account</source>
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
        <source>Loading drafts</source>
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
    <name>Drafts</name>
    <message>
        <source>This draft no longer exists.</source>
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
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting open comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Something went wrong (%1). Details are in the log file.</source>
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
        <source>Checking the password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving settings</source>
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
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kurzdraht</source>
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
</context>
<context>
    <name>ScheduleListModel</name>
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
        <source>The data file %1 is damaged or not a Kurzdraht database.</source>
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
    <name>Time</name>
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
</TS>
