<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>lectern::MainWindow</name>
    <message><source>Set &amp;Class</source><translation>&amp;Klasse festlegen</translation></message>
    <message><source>&amp;Automatic (as analysed)</source><translation>&amp;Automatisch (wie analysiert)</translation></message>
    <message><source>Class not changed: %1</source><translation>Klasse nicht geändert: %1</translation></message>
    <message><source>&amp;File</source><translation>&amp;Datei</translation></message>
    <message><source>Import &amp;Folder…</source><translation>&amp;Ordner importieren…</translation></message>
    <message><source>Import F&amp;iles…</source><translation>&amp;Dateien importieren…</translation></message>
    <message><source>&amp;Quit</source><translation>&amp;Beenden</translation></message>
    <message><source>&amp;Help</source><translation>&amp;Hilfe</translation></message>
    <message><source>Import problems</source><translation>Importprobleme</translation></message>
    <message><source>Search titles, artists, comments, file and folder names</source><translation>Titel, Interpreten, Kommentare, Datei- und Ordnernamen durchsuchen</translation></message>
</context>
<context>
    <name>lectern::LibraryTableModel</name>
    <message><source>Title</source><translation>Titel</translation></message>
    <message><source>Kind</source><translation>Art</translation></message>
    <message><source>Duration</source><translation>Dauer</translation></message>
    <message><source>Class</source><translation>Klasse</translation></message>
    <message><source>Status</source><translation>Status</translation></message>
    <message><source>Folder</source><translation>Ordner</translation></message>
    <message><source>Audio</source><translation>Audio</translation></message>
    <message><source>Video</source><translation>Video</translation></message>
    <message><source>Pending</source><translation>Ausstehend</translation></message>
    <message><source>Analysed</source><translation>Analysiert</translation></message>
    <message><source>Failed</source><translation>Fehlgeschlagen</translation></message>
    <message><source>Music</source><translation>Musik</translation></message>
    <message><source>Language learning</source><translation>Sprachenlernen</translation></message>
    <message><source>Lecture and speech</source><translation>Vortrag und Rede</translation></message>
    <message><source>Film and TV drama</source><translation>Film und Fernsehen</translation></message>
    <message><source>Audio book and radio drama</source><translation>Hörbuch und Hörspiel</translation></message>
    <message><source>Unknown</source><translation>Unbekannt</translation></message>
    <message><source>%1 (set by you)</source><translation>%1 (von Ihnen gewählt)</translation></message>
    <message><source>%1 · %2 %</source><translation>%1 · %2 %</translation></message>
</context>
<context>
    <name>lectern::ImportStatusWidget</name>
    <message><source>Cancel</source><translation>Abbrechen</translation></message>
    <message><source>Looking for media…</source><translation>Suche nach Medien…</translation></message>
</context>
</TS>
