<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant un import</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Faite par vous</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Before importing %1</source>
        <translation>Avant l’import de %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1&#xa0;Ko</translation>
    </message>
    <message>
        <source>Relnote backs up your notebook once a day when it starts, and before every import and upgrade. It keeps the last 7 daily copies, one a week for 4 weeks and the last 5 made before an import.</source>
        <translation>Relnote sauvegarde votre carnet une fois par jour au démarrage, ainsi qu’avant chaque import et chaque mise à jour. Il garde les 7 dernières copies quotidiennes, une par semaine pendant 4 semaines et les 5 dernières faites avant un import.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>No backups yet: the first one is made when Relnote starts tomorrow, or now with “Back up now”.</source>
        <translation>Aucune sauvegarde pour l’instant&#xa0;: la première sera faite au démarrage de Relnote demain, ou tout de suite avec «&#xa0;Sauvegarder maintenant&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was changed: %1.</source>
        <translation>Rien n’a été modifié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n person(s).</source>
        <translation>
            <numerusform>Sauvegarde faite&#xa0;: %n personne.</numerusform>
            <numerusform>Sauvegarde faite&#xa0;: %n personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>Put back the notebook as it was on %1, with %n person(s)?</source>
        <translation>
            <numerusform>Remettre le carnet tel qu’il était le %1, avec %n personne&#xa0;?</numerusform>
            <numerusform>Remettre le carnet tel qu’il était le %1, avec %n personnes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notebook as it is now is first kept as a backup, so nothing is lost. Relnote then restarts on the restored notebook.</source>
        <translation>Votre carnet actuel est d’abord gardé en sauvegarde&#xa0;: rien n’est perdu. Relnote redémarre ensuite sur le carnet restauré.</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Restaurer et redémarrer</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Restored. Relnote restarts now.</source>
        <translation>Restauration faite. Relnote redémarre.</translation>
    </message>
</context>
<context>
    <name>DamagedNotebookDialog</name>
    <message>
        <source>Your notebook needs attention</source>
        <translation>Votre carnet demande votre attention</translation>
    </message>
    <message>
        <source>&lt;b&gt;The notebook file is damaged.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Le fichier du carnet est endommagé.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 does not pass Relnote&apos;s check (%2). Relnote has not opened it, so nothing more is written to it.</source>
        <translation>%1 ne passe pas la vérification de Relnote (%2). Relnote ne l’a pas ouvert&#xa0;: plus rien n’y est écrit.</translation>
    </message>
    <message numerus="yes">
        <source>The newest sound backup is from %1 and holds %n person(s). Restoring it keeps the damaged file as a backup too, so nothing is thrown away.</source>
        <translation>
            <numerusform>La sauvegarde intacte la plus récente date du %1 et contient %n personne. La restaurer garde aussi le fichier endommagé en sauvegarde&#xa0;: rien n’est jeté.</numerusform>
            <numerusform>La sauvegarde intacte la plus récente date du %1 et contient %n personnes. La restaurer garde aussi le fichier endommagé en sauvegarde&#xa0;: rien n’est jeté.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sound backup was found. The file has been left exactly as it is; “relnote check” in a terminal lists the damage.</source>
        <translation>Aucune sauvegarde intacte n’a été trouvée. Le fichier a été laissé tel quel&#xa0;; «&#xa0;relnote check&#xa0;» dans un terminal liste les dégâts.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>this path is a file, not a folder</source>
        <translation>ce chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>this path is a folder, not a file</source>
        <translation>ce chemin est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>le dossier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Relnote cannot open its data folder</source>
        <translation>Relnote ne peut pas ouvrir son dossier de données</translation>
    </message>
    <message>
        <source>Relnote cannot use the folder %1: %2.

Start it with another folder (relnote --data-dir FOLDER), or make this one a folder you can write to.</source>
        <translation>Relnote ne peut pas utiliser le dossier %1&#xa0;: %2.

Lancez-le avec un autre dossier (relnote --data-dir DOSSIER), ou faites de celui-ci un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Reporter au</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Relnote keeps running in the tray to remind you. Quit from the tray menu or with Ctrl+Q.</source>
        <translation>Relnote reste dans la zone de notification pour vos rappels. Pour le quitter&#xa0;: son menu, ou Ctrl+Q.</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Relance&#xa0;: %1</translation>
    </message>
    <message>
        <source>They are expecting to hear from you.</source>
        <translation>Cette personne attend de vos nouvelles.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n relance à faire</numerusform>
            <numerusform>%n relances à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Three gratitudes</source>
        <translation>Trois gratitudes</translation>
    </message>
    <message>
        <source>Who made your day better? Write tonight&apos;s three gratitudes.</source>
        <translation>Qui a embelli votre journée&#xa0;? Écrivez vos trois gratitudes du soir.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Bonjour</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) today.</source>
        <translation>
            <numerusform>%n relance aujourd’hui.</numerusform>
            <numerusform>%n relances aujourd’hui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Already in your notebook</source>
        <translation>Déjà dans votre carnet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Merge fills the empty fields and adds e-mails, phones, tags and notes; skip leaves this row out; add anyway creates a second person.</source>
        <translation>«&#xa0;Fusionner&#xa0;» complète les champs vides et ajoute e-mails, téléphones, étiquettes et notes&#xa0;; «&#xa0;Ignorer&#xa0;» laisse cette ligne de côté&#xa0;; «&#xa0;Ajouter quand même&#xa0;» crée une seconde personne.</translation>
    </message>
    <message>
        <source>same e-mail: %1</source>
        <translation>même e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <source>same name only: a namesake?</source>
        <translation>même nom seulement&#xa0;: un homonyme&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the notebook or its folder has become read-only</source>
        <translation>le carnet ou son dossier est passé en lecture seule</translation>
    </message>
    <message>
        <source>the notebook file can no longer be opened</source>
        <translation>le fichier du carnet ne peut plus être ouvert</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>another program kept the notebook busy</source>
        <translation>un autre programme a bloqué le carnet</translation>
    </message>
    <message>
        <source>Relnote cannot save</source>
        <translation>Relnote ne peut pas enregistrer</translation>
    </message>
    <message>
        <source>Relnote could not write to %1: %2.</source>
        <translation>Relnote n’a pas pu écrire dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Relnote ran into an unexpected problem: %1</source>
        <translation>Relnote a rencontré un problème inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>What you were typing is saved. If what you just did does not show, it was not made: do it again once the problem is solved.</source>
        <translation>Ce que vous étiez en train d’écrire est enregistré. Si ce que vous venez de faire n’apparaît pas, cela n’a pas été fait : refaites-le une fois le problème réglé.</translation>
    </message>
    <message>
        <source>Your notebook and what you were typing are saved.</source>
        <translation>Votre carnet et ce que vous étiez en train d’écrire sont enregistrés.</translation>
    </message>
    <message>
        <source>What you were typing could not be saved yet; it is still on screen, so keep the window open and it will be saved with your next change once the problem is solved.</source>
        <translation>Ce que vous étiez en train d’écrire n’a pas encore pu être enregistré&#xa0;; le texte est toujours à l’écran&#xa0;: gardez la fenêtre ouverte, il sera enregistré à votre prochaine modification, une fois le problème résolu.</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>Les détails sont dans le fichier de suivi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Contenu à exporter</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Moments</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), for Excel in French</source>
        <translation>Point-virgule (&#xa0;; ), pour Excel en français</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 (BOM) so that Excel shows accents</source>
        <translation>Marquer en UTF-8 (BOM) pour qu’Excel affiche les accents</translation>
    </message>
    <message>
        <source>As to-dos (Thunderbird, Apple Reminders) instead of events</source>
        <translation>En tâches (Thunderbird, Rappels d’Apple) plutôt qu’en événements</translation>
    </message>
    <message>
        <source>For reading in a spreadsheet, in your language</source>
        <translation>Pour lire dans un tableur, en français</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To file:</source>
        <translation>&amp;Vers le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <source>vCard 3.0 (address books)</source>
        <translation>vCard 3.0 (carnets d’adresses)</translation>
    </message>
    <message>
        <source>iCalendar (calendars)</source>
        <translation>iCalendar (agendas)</translation>
    </message>
    <message>
        <source>Column names, stages and kinds are written in your language and times in local time, as a spreadsheet reader expects. Relnote cannot import such a file back exactly: for that, leave this unticked.</source>
        <translation>Les noms de colonnes, les étapes et les types sont écrits en français et les heures en heure locale, comme on les attend dans un tableur. Relnote ne peut pas réimporter un tel fichier à l’identique&#xa0;: pour cela, laissez la case décochée.</translation>
    </message>
    <message>
        <source>Dates are written in ISO 8601 (2025-12-07). Text that a spreadsheet could run as a formula (starting with =, +, -, @) gets a &apos; in front; Relnote removes it again when you import the file.</source>
        <translation>Les dates sont écrites en ISO 8601 (2025-12-07). Un texte qu’un tableur pourrait exécuter comme une formule (commençant par =, +, - ou @) reçoit un &apos; devant&#xa0;; Relnote l’enlève quand vous importez le fichier.</translation>
    </message>
    <message>
        <source>The follow-ups not done yet, each with a reminder 15 minutes before. Google Calendar ignores reminders and to-dos.</source>
        <translation>Les relances pas encore faites, chacune avec un rappel 15 minutes avant. Google Agenda ignore les rappels et les tâches.</translation>
    </message>
    <message>
        <source>One card per person, readable by every address book.</source>
        <translation>Une fiche par personne, lisible par tous les carnets d’adresses.</translation>
    </message>
    <message>
        <source>relnote-people</source>
        <translation>relnote-personnes</translation>
    </message>
    <message>
        <source>relnote-moments</source>
        <translation>relnote-moments</translation>
    </message>
    <message>
        <source>relnote-journal</source>
        <translation>relnote-journal</translation>
    </message>
    <message>
        <source>relnote-follow-ups</source>
        <translation>relnote-relances</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message numerus="yes">
        <source>Exported %Ln person(s) to %1.</source>
        <translation>
            <numerusform>%Ln personne exportée dans %1.</numerusform>
            <numerusform>%Ln personnes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln moment(s) to %1.</source>
        <translation>
            <numerusform>%Ln moment exporté dans %1.</numerusform>
            <numerusform>%Ln moments exportés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln journal entry(s) to %1.</source>
        <translation>
            <numerusform>%Ln entrée de journal exportée dans %1.</numerusform>
            <numerusform>%Ln entrées de journal exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln open follow-up(s) to %1.</source>
        <translation>
            <numerusform>%Ln relance en cours exportée dans %1.</numerusform>
            <numerusform>%Ln relances en cours exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln follow-up(s) to %1.</source>
        <translation>
            <numerusform>%Ln relance exportée dans %1.</numerusform>
            <numerusform>%Ln relances exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relnote person ID</source>
        <translation>N° Relnote de la personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Contexte de la rencontre</translation>
    </message>
    <message>
        <source>Where we met</source>
        <translation>Lieu de la rencontre</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Date de la rencontre</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Par l’intermédiaire de</translation>
    </message>
    <message>
        <source>Introduced by ID</source>
        <translation>N° Relnote de l’intermédiaire</translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation>Ce qui lui tient à cœur</translation>
    </message>
    <message>
        <source>How I could help</source>
        <translation>Comment je pourrais aider</translation>
    </message>
    <message>
        <source>Keep in touch every (days)</source>
        <translation>Garder le contact tous les (jours)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archivé le</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Last moment</source>
        <translation>Dernier moment</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>Relnote moment ID</source>
        <translation>N° Relnote du moment</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who reached out</source>
        <translation>Qui a pris contact</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>People IDs</source>
        <translation>N° Relnote des personnes</translation>
    </message>
    <message>
        <source>Relnote journal entry ID</source>
        <translation>N° Relnote de l’entrée</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Relnote follow-up ID</source>
        <translation>N° Relnote de la relance</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation>N° Relnote de la personne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>They expect to hear from me</source>
        <translation>On attend de mes nouvelles</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Reminded on</source>
        <translation>Rappel le</translation>
    </message>
    <message>
        <source>E-mail %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <source>E-mail %1 label</source>
        <translation>Libellé e-mail %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Téléphone %1</translation>
    </message>
    <message>
        <source>Phone %1 label</source>
        <translation>Libellé téléphone %1</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Lien %1</translation>
    </message>
    <message>
        <source>Link %1 label</source>
        <translation>Libellé lien %1</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Gratitude</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Sample notebook</source>
        <translation>Carnet d’exemple</translation>
    </message>
    <message>
        <source>The sample notebook could not be made: %1</source>
        <translation>Le carnet d’exemple n’a pas pu être créé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Change the follow-up</source>
        <translation>Modifier la relance</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Prévoir une relance</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Tapez un nom…</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Why: what you will bring them, or what they asked</source>
        <translation>Ce que vous allez apporter, ou ce qu’on vous a demandé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>A follow-up always has a reason: we never call without one.</source>
        <translation>Une relance a toujours une raison&#xa0;: on n’appelle jamais sans.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>They are expecting to hear from me</source>
        <translation>On attend de mes nouvelles</translation>
    </message>
    <message>
        <source>Follow-ups they are waiting for come first on Today</source>
        <translation>Les relances attendues passent en premier sur Aujourd’hui</translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation>&amp;Avec qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Plan follow-up</source>
        <translation>Prévoir la relance</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>done %1</source>
        <translation>faite le %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <comment>how long ago</comment>
        <translation>prévue %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>pour le %1</translation>
    </message>
</context>
<context>
    <name>FollowUpRowWidget</name>
    <message>
        <source>Done: it becomes part of %1&apos;s story</source>
        <translation>Faite&#xa0;: elle rejoint l’histoire de %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>they are expecting to hear from me</source>
        <translation>on attend de mes nouvelles</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Tomorrow, same time</source>
        <translation>Demain, même heure</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <source>Pick a date…</source>
        <translation>Choisir une date…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n year(s) ago</source>
        <translation>
            <numerusform>il y a plus d’un an</numerusform>
            <numerusform>il y a plus de %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Daily goal</source>
        <translation>Objectif du jour</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Set the daily goal, weekends and the evening gratitude hour</source>
        <translation>Régler l’objectif du jour, les week-ends et l’heure de la gratitude du soir</translation>
    </message>
    <message>
        <source>Either one meets the day&apos;s goal.</source>
        <translation>L’un ou l’autre suffit pour l’objectif du jour.</translation>
    </message>
    <message>
        <source>New people: %1 of %2</source>
        <translation>Nouvelles personnes&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>New people: %1 (goal of %2 met)</source>
        <translation>Nouvelles personnes&#xa0;: %1 (objectif de %2 atteint)</translation>
    </message>
    <message>
        <source>Reconnections: %1 of %2</source>
        <translation>Reprises de contact&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Reconnections: %1 (goal of %2 met)</source>
        <translation>Reprises de contact&#xa0;: %1 (objectif de %2 atteint)</translation>
    </message>
    <message>
        <source>No daily goal yet</source>
        <translation>Pas encore d’objectif du jour</translation>
    </message>
    <message>
        <source>Choose a small one: meeting one new person a day is plenty.</source>
        <translation>Choisissez-en un petit&#xa0;: rencontrer une nouvelle personne par jour, c’est déjà beaucoup.</translation>
    </message>
    <message>
        <source>More than a year in a row</source>
        <translation>Plus d’un an d’affilée</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n jour d’affilée</numerusform>
            <numerusform>%n jours d’affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s goal is met. Well done.</source>
        <translation>Objectif du jour atteint. Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Meet today&apos;s goal to keep it going.</source>
        <translation>Atteignez l’objectif du jour pour continuer la série.</translation>
    </message>
    <message>
        <source>Every streak starts with one day.</source>
        <translation>Toute série commence par un jour.</translation>
    </message>
    <message>
        <source>Weekends don&apos;t break it.</source>
        <translation>Les week-ends ne l’interrompent pas.</translation>
    </message>
</context>
<context>
    <name>GratitudeLineEditor</name>
    <message>
        <source>Something, or someone, you are grateful for today</source>
        <translation>Quelque chose, ou quelqu’un, qui vous inspire de la gratitude aujourd’hui</translation>
    </message>
    <message>
        <source>Gratitude %1</source>
        <translation>Gratitude %1</translation>
    </message>
    <message>
        <source>Mention…</source>
        <translation>Mentionner…</translation>
    </message>
    <message>
        <source>Mention someone in gratitude %1</source>
        <translation>Mentionner quelqu’un dans la gratitude %1</translation>
    </message>
    <message>
        <source>Something, or someone, you were grateful for that day</source>
        <translation>Quelque chose, ou quelqu’un, qui vous a inspiré de la gratitude ce jour-là</translation>
    </message>
    <message>
        <source>Stop mentioning %1 here</source>
        <translation>Ne plus mentionner %1 ici</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>GrowingList</name>
    <message numerus="yes">
        <source>Show %Ln more</source>
        <translation>
            <numerusform>Afficher %Ln de plus</numerusform>
            <numerusform>Afficher %Ln de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln in all)</source>
        <translation>
            <numerusform>(%Ln en tout)</numerusform>
            <numerusform>(%Ln en tout)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Import the other rows and skip the ones listed</source>
        <translation>Importer les autres lignes et ignorer celles de la liste</translation>
    </message>
    <message>
        <source>People already in your notebook</source>
        <translation>Personnes déjà dans votre carnet</translation>
    </message>
    <message>
        <source>For all of them:</source>
        <translation>Pour toutes&#xa0;:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
    <message>
        <source>Import people from a file</source>
        <translation>Importer des personnes depuis un fichier</translation>
    </message>
    <message>
        <source>Contacts (%1);;All files (*)</source>
        <translation>Contacts (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation>Vérification de chaque ligne du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported, so nothing will be imported as it is.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée&#xa0;: en l’état, rien ne sera importé.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées&#xa0;: en l’état, rien ne sera importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the file and choose it again, or import the %Ln remaining row(s) and skip the ones listed:</source>
        <translation>
            <numerusform>Corrigez le fichier et choisissez-le à nouveau, ou importez la ligne restante en ignorant celles de la liste&#xa0;:</numerusform>
            <numerusform>Corrigez le fichier et choisissez-le à nouveau, ou importez les %Ln lignes restantes en ignorant celles de la liste&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No other row could be imported: fix the file and choose it again, or go back and leave out (not imported) a column whose values are wrong:</source>
        <translation>Aucune autre ligne ne pourrait être importée&#xa0;: corrigez le fichier et choisissez-le à nouveau, ou revenez en arrière et laissez de côté (non importée) une colonne dont les valeurs sont fausses&#xa0;:</translation>
    </message>
    <message>
        <source>Some dates are dates only when read the other way: go back and say how the file writes them.</source>
        <translation>Certaines dates ne sont valables que lues dans l’autre sens&#xa0;: revenez en arrière et indiquez comment le fichier écrit ses dates.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the file may already be in your notebook. Merge fills their empty fields and adds e-mails, phones, tags and notes; skip leaves the row out; add anyway creates another person.</source>
        <translation>
            <numerusform>%n personne du fichier est peut-être déjà dans votre carnet. «&#xa0;Fusionner&#xa0;» complète ses champs vides et ajoute e-mails, téléphones, étiquettes et notes&#xa0;; «&#xa0;Ignorer&#xa0;» laisse la ligne de côté&#xa0;; «&#xa0;Ajouter quand même&#xa0;» crée une autre personne.</numerusform>
            <numerusform>%n personnes du fichier sont peut-être déjà dans votre carnet. «&#xa0;Fusionner&#xa0;» complète leurs champs vides et ajoute e-mails, téléphones, étiquettes et notes&#xa0;; «&#xa0;Ignorer&#xa0;» laisse la ligne de côté&#xa0;; «&#xa0;Ajouter quand même&#xa0;» crée une autre personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Import complete&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Import terminé&lt;/h3&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) added</source>
        <translation>
            <numerusform>%Ln personne ajoutée</numerusform>
            <numerusform>%Ln personnes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) already in your notebook completed (merged)</source>
        <translation>
            <numerusform>%Ln personne déjà dans votre carnet complétée (fusion)</numerusform>
            <numerusform>%Ln personnes déjà dans votre carnet complétées (fusion)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had other values in the file than in your notebook: yours are kept, and the file&apos;s are added to their notes</source>
        <translation>
            <numerusform>%Ln d’entre elles avait d’autres valeurs dans le fichier que dans votre carnet&#xa0;: les vôtres sont gardées, et celles du fichier sont ajoutées à ses notes</numerusform>
            <numerusform>%Ln d’entre elles avaient d’autres valeurs dans le fichier que dans votre carnet&#xa0;: les vôtres sont gardées, et celles du fichier sont ajoutées à leurs notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) already in your notebook left as they were (skipped)</source>
        <translation>
            <numerusform>%Ln personne déjà dans votre carnet laissée telle quelle (ignorée)</numerusform>
            <numerusform>%Ln personnes déjà dans votre carnet laissées telles quelles (ignorées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems left out</source>
        <translation>
            <numerusform>%Ln ligne à problème laissée de côté</numerusform>
            <numerusform>%Ln lignes à problème laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1&#xa0;: %2 de plus dans votre carnet</translation>
    </message>
    <message>
        <source>already in your notebook: %1</source>
        <translation>déjà dans votre carnet&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of contacts were not imported as people.</source>
        <translation>
            <numerusform>%Ln groupe de contacts n’a pas été importé comme personne.</numerusform>
            <numerusform>%Ln groupes de contacts n’ont pas été importés comme personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relnote kept a copy of your notebook from just before this import: Settings ▸ Backups can bring it back.</source>
        <translation>Relnote a gardé une copie de votre carnet d’avant cet import&#xa0;: Paramètres ▸ Sauvegardes peut la remettre en place.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Import cancelled&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Import annulé&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Nothing was imported: your notebook is exactly as it was.</source>
        <translation>Rien n’a été importé&#xa0;: votre carnet est exactement comme avant.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The import did not happen&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;L’import n’a pas eu lieu&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>How the file writes dates</source>
        <translation>Comment le fichier écrit les dates</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>mm/dd/yyyy</source>
        <translation>mm/jj/aaaa</translation>
    </message>
    <message>
        <source>03/04/2025 is 3 April when the day comes first, 4 March when the month does</source>
        <translation>03/04/2025 est le 3 avril quand le jour vient d’abord, le 4 mars quand c’est le mois</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>Date de rencontre</translation>
    </message>
    <message>
        <source>First people</source>
        <translation>Premières personnes</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What each column becomes&lt;/b&gt; (change any that is wrong)</source>
        <translation>&lt;b&gt;Ce que devient chaque colonne&lt;/b&gt; (corrigez celles qui sont fausses)</translation>
    </message>
    <message>
        <source>&lt;b&gt;How the first rows will look&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu des premières lignes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 (%3)</translation>
    </message>
    <message>
        <source>What “%1” becomes</source>
        <translation>Ce que devient «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No column holds names yet: choose which column holds the name.</source>
        <translation>Aucune colonne ne contient encore de noms&#xa0;: choisissez celle qui contient le nom.</translation>
    </message>
    <message>
        <source>A Relnote export of %1: it is imported exactly as it was written.</source>
        <translation>Un export Relnote de %1&#xa0;: il est importé exactement tel qu’il a été écrit.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>Relations LinkedIn</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Tableur</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>Relnote export</source>
        <translation>Export Relnote</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#xa0;; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>moments</source>
        <translation>moments</translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation>entrées du journal</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>relances</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>Libellé de l’e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Libellé du téléphone</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Link label</source>
        <translation>Libellé du lien</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>When we met</source>
        <translation>Date de la rencontre</translation>
    </message>
    <message>
        <source>Where we met</source>
        <translation>Lieu de la rencontre</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Contexte de la rencontre</translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation>Ce qui lui tient à cœur</translation>
    </message>
    <message>
        <source>How I could help</source>
        <translation>Comment je pourrais aider</translation>
    </message>
    <message>
        <source>Birthday (kept in the notes)</source>
        <translation>Anniversaire (gardé dans les notes)</translation>
    </message>
    <message>
        <source>Address (kept in the notes)</source>
        <translation>Adresse (gardée dans les notes)</translation>
    </message>
    <message>
        <source>Kept in the notes</source>
        <translation>Gardé dans les notes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Keep in touch (days)</source>
        <translation>Garder le contact (jours)</translation>
    </message>
    <message>
        <source>Relnote ID</source>
        <translation>Identifiant Relnote</translation>
    </message>
    <message>
        <source>Introduced by (ID)</source>
        <translation>Par l’intermédiaire de (identifiant)</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Par l’intermédiaire de</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Date d’ajout</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>Date de modification</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Date d’archivage</translation>
    </message>
    <message>
        <source>Last moment</source>
        <translation>Dernier moment</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Date d’import</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not a text file (CSV or vCard); it looks like a picture, a document or another binary file.</source>
        <translation>Ce n’est pas un fichier texte (CSV ou vCard)&#xa0;; on dirait une image, un document ou un autre fichier binaire.</translation>
    </message>
    <message>
        <source>Some characters cannot be read with this encoding. Try another encoding.</source>
        <translation>Certains caractères ne peuvent pas être lus avec cet encodage. Essayez-en un autre.</translation>
    </message>
    <message>
        <source>No header row was found.</source>
        <translation>Aucune ligne d’en-tête n’a été trouvée.</translation>
    </message>
    <message>
        <source>No column holds names. Choose which column holds the name.</source>
        <translation>Aucune colonne ne contient de noms. Choisissez celle qui contient le nom.</translation>
    </message>
    <message>
        <source>This file is not in the chosen format.</source>
        <translation>Ce fichier n’est pas au format choisi.</translation>
    </message>
    <message>
        <source>The file has nothing under its header row: no one to import.</source>
        <translation>Le fichier n’a rien sous sa ligne d’en-tête&#xa0;: personne à importer.</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a cell and is never closed</source>
        <translation>un guillemet (&quot;) ouvre une cellule sans jamais la fermer</translation>
    </message>
    <message>
        <source>a cell is too large to import</source>
        <translation>une cellule est trop grande pour être importée</translation>
    </message>
    <message>
        <source>the row has more cells than the header</source>
        <translation>la ligne a plus de cellules que l’en-tête</translation>
    </message>
    <message>
        <source>the row has no name</source>
        <translation>la ligne n’a pas de nom</translation>
    </message>
    <message>
        <source>this is not a date</source>
        <translation>ce n’est pas une date</translation>
    </message>
    <message>
        <source>Relnote keeps dates from 1900 to 2100, and this one is outside them</source>
        <translation>Relnote garde les dates de 1900 à 2100, et celle-ci est en dehors</translation>
    </message>
    <message>
        <source>the file&apos;s dates are read day/month/year, and this one is a date only as month/day/year: say how the file writes its dates</source>
        <translation>les dates du fichier sont lues jour/mois/année, et celle-ci n’est une date que lue mois/jour/année&#xa0;: indiquez comment le fichier écrit ses dates</translation>
    </message>
    <message>
        <source>the file&apos;s dates are read month/day/year, and this one is a date only as day/month/year: say how the file writes its dates</source>
        <translation>les dates du fichier sont lues mois/jour/année, et celle-ci n’est une date que lue jour/mois/année&#xa0;: indiquez comment le fichier écrit ses dates</translation>
    </message>
    <message>
        <source>this is not a whole number above zero</source>
        <translation>ce n’est pas un nombre entier supérieur à zéro</translation>
    </message>
    <message>
        <source>this value is not one Relnote knows</source>
        <translation>Relnote ne connaît pas cette valeur</translation>
    </message>
    <message>
        <source>this person is not in the notebook; import the people first</source>
        <translation>cette personne n’est pas dans le carnet&#xa0;; importez d’abord les personnes</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <source>the card has no END:VCARD</source>
        <translation>la fiche n’a pas de END:VCARD</translation>
    </message>
    <message>
        <source>(column “%1”)</source>
        <translation>(colonne «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>(“%1”)</source>
        <translation>(«&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Le fichier %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Relnote backs up your notebook before every import, and this backup failed (%1): %2</source>
        <translation>Relnote sauvegarde votre carnet avant chaque import, et cette sauvegarde a échoué (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>La veille (Alt+Gauche)</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>La veille</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>Le lendemain (Alt+Droite)</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Le lendemain</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Journal day</source>
        <translation>Jour du journal</translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation>Gratitude</translation>
    </message>
    <message>
        <source>Three things from today, small or large. Mention the people involved: the line joins their story.</source>
        <translation>Trois choses de la journée, petites ou grandes. Mentionnez les personnes concernées&#xa0;: la ligne rejoint leur histoire.</translation>
    </message>
    <message>
        <source>Another line</source>
        <translation>Une autre ligne</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>What did today teach you? Who would you like to help?</source>
        <translation>Qu’avez-vous appris aujourd’hui&#xa0;? Qui aimeriez-vous aider&#xa0;?</translation>
    </message>
    <message>
        <source>What did that day teach you? Who would you have liked to help?</source>
        <translation>Qu’avez-vous appris ce jour-là&#xa0;? Qui auriez-vous aimé aider&#xa0;?</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Prévoir une relance…</translation>
    </message>
    <message>
        <source>Show every open follow-up</source>
        <translation>Afficher toutes les relances en cours</translation>
    </message>
    <message>
        <source>No follow-up this day.</source>
        <translation>Aucune relance ce jour-là.</translation>
    </message>
</context>
<context>
    <name>JourneyCard</name>
    <message>
        <source>The journey</source>
        <translation>Le parcours</translation>
    </message>
    <message>
        <source>Where clients came from</source>
        <translation>D’où viennent les clients</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) moved forward in the last 90 days</source>
        <translation>
            <numerusform>%Ln personne a avancé ces 90 derniers jours</numerusform>
            <numerusform>%Ln personnes ont avancé ces 90 derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more client(s), each from another introduction</source>
        <translation>
            <numerusform>… et %Ln autre client, venu d’une autre mise en relation</numerusform>
            <numerusform>… et %Ln autres clients, venus chacun d’une autre mise en relation</numerusform>
        </translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Pas encore de clients.</translation>
    </message>
    <message>
        <source>introduced by %1</source>
        <translation>grâce à %1</translation>
    </message>
    <message>
        <source>they reached out first</source>
        <translation>la personne a fait le premier pas</translation>
    </message>
    <message>
        <source>I reached out first</source>
        <translation>j’ai fait le premier pas</translation>
    </message>
    <message>
        <source>we reached out to each other</source>
        <translation>premier pas des deux côtés</translation>
    </message>
    <message>
        <source>no moment logged yet</source>
        <translation>aucun moment noté pour l’instant</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Potential client</source>
        <translation>Client potentiel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Met in person</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Coffee or meal</source>
        <translation>Café ou repas</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Help given</source>
        <translation>Aide apportée</translation>
    </message>
    <message>
        <source>Help received</source>
        <translation>Aide reçue</translation>
    </message>
    <message>
        <source>Introduction made</source>
        <translation>Mise en relation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>They did</source>
        <translation>L’autre personne</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>I reached out</source>
        <translation>premier pas de mon côté</translation>
    </message>
    <message>
        <source>they reached out</source>
        <translation>premier pas de l’autre côté</translation>
    </message>
    <message>
        <source>we both reached out</source>
        <translation>premier pas des deux côtés</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.org). It is kept as typed.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail (nom@exemple.fr). Elle est gardée telle quelle.</translation>
    </message>
    <message>
        <source>This does not look like a phone number. It is kept as typed.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone. Il est gardé tel quel.</translation>
    </message>
    <message>
        <source>This does not look like a web address (example.org/page). It is kept as typed.</source>
        <translation>Cela ne ressemble pas à une adresse web (exemple.fr/page). Elle est gardée telle quelle.</translation>
    </message>
</context>
<context>
    <name>LogMomentDialog</name>
    <message>
        <source>Log a moment</source>
        <translation>Noter un moment</translation>
    </message>
    <message>
        <source>Change a moment</source>
        <translation>Modifier un moment</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind of moment</source>
        <translation>Type de moment</translation>
    </message>
    <message>
        <source>What happened, in a line</source>
        <translation>Ce qui s’est passé, en une ligne</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Anything worth remembering (optional)</source>
        <translation>Ce qui mérite d’être retenu (facultatif)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>With &amp;whom:</source>
        <translation>&amp;Avec qui&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Who reached out:</source>
        <translation>Premier pas&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Log moment</source>
        <translation>Noter le moment</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>The moment you were writing when Relnote closed, kept for you.</source>
        <translation>Le moment que vous écriviez quand Relnote s’est fermé, gardé pour vous.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Fil du temps</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>This is your notebook as it was on %1, put back from a backup. The notebook it replaced is kept in Settings ▸ Backups.</source>
        <translation>Voici votre carnet tel qu’il était le %1, remis en place depuis une sauvegarde. Le carnet qu’il remplace est gardé dans Paramètres ▸ Sauvegardes.</translation>
    </message>
    <message>
        <source>Sample notebook</source>
        <translation>Carnet d’exemple</translation>
    </message>
    <message>
        <source>A sample notebook, made up for trying Relnote. Your own notebook is in the other Relnote window.</source>
        <translation>Un carnet d’exemple, inventé pour essayer Relnote. Votre propre carnet est dans l’autre fenêtre Relnote.</translation>
    </message>
    <message>
        <source>“%1” with %2 is done.</source>
        <translation>«&#xa0;%1&#xa0;» avec %2&#xa0;: fait.</translation>
    </message>
    <message>
        <source>“%1” with %2 is put off until %3.</source>
        <translation>«&#xa0;%1&#xa0;» avec %2&#xa0;: reporté au %3.</translation>
    </message>
    <message>
        <source>&amp;Notebook</source>
        <translation>&amp;Carnet</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Log a moment…</source>
        <translation>&amp;Noter un moment…</translation>
    </message>
    <message>
        <source>&amp;Plan a follow-up…</source>
        <translation>&amp;Prévoir une relance…</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>&amp;Trouver une personne</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Jump to a person or page…</source>
        <translation>&amp;Aller à une personne ou une page…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Relnote</source>
        <translation>À &amp;propos de Relnote</translation>
    </message>
    <message>
        <source>About Relnote</source>
        <translation>À propos de Relnote</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relnote %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A notebook for the people you meet, and the relationships you grow.&lt;/p&gt;&lt;p&gt;Everything stays on your computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relnote %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un carnet pour les personnes que vous rencontrez, et les relations que vous faites grandir.&lt;/p&gt;&lt;p&gt;Tout reste sur votre ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Follow-up with %1 planned for %2.</source>
        <translation>Relance avec %1 prévue pour le %2.</translation>
    </message>
</context>
<context>
    <name>MomentEditing</name>
    <message>
        <source>(no summary)</source>
        <translation>(sans résumé)</translation>
    </message>
    <message numerus="yes">
        <source>“%1”, %2, with %3. It leaves their story(s) for good.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;», %2, avec %3. Il quittera son histoire pour de bon.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;», %2, avec %3. Il quittera leurs histoires pour de bon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this moment</source>
        <translation>Supprimer ce moment</translation>
    </message>
    <message>
        <source>Delete this moment?</source>
        <translation>Supprimer ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>Delete moment</source>
        <translation>Supprimer le moment</translation>
    </message>
</context>
<context>
    <name>NotebookGuard</name>
    <message>
        <source>Relnote cannot restore the backup</source>
        <translation>Relnote ne peut pas restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1. Nothing was replaced.</source>
        <translation>La sauvegarde n’a pas pu être restaurée&#xa0;: %1. Rien n’a été remplacé.</translation>
    </message>
    <message>
        <source>Relnote cannot open the notebook</source>
        <translation>Relnote ne peut pas ouvrir le carnet</translation>
    </message>
    <message>
        <source>The notebook %1 cannot be opened: %2</source>
        <translation>Le carnet %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>Relnote cannot upgrade the notebook</source>
        <translation>Relnote ne peut pas mettre à jour le carnet</translation>
    </message>
    <message>
        <source>This Relnote needs to upgrade the notebook, and backs it up first; the backup failed: %1. The notebook was not changed.</source>
        <translation>Cette version de Relnote doit mettre à jour le carnet et le sauvegarde d’abord&#xa0;; la sauvegarde a échoué&#xa0;: %1. Le carnet n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1. Your notebook is unchanged; Relnote tries again at its next start, and Settings ▸ Backups can make one now.</source>
        <translation>La sauvegarde du jour n’a pas pu être faite&#xa0;: %1. Votre carnet n’a pas changé&#xa0;; Relnote réessaiera à son prochain démarrage, et Paramètres ▸ Sauvegardes peut en faire une maintenant.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>PeopleChooser</name>
    <message>
        <source>Type a name to add someone…</source>
        <translation>Tapez un nom pour ajouter quelqu’un…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>People in this moment</source>
        <translation>Personnes de ce moment</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected person from this moment</source>
        <translation>Retirer la personne sélectionnée de ce moment</translation>
    </message>
</context>
<context>
    <name>PeopleListPanel</name>
    <message>
        <source>Search by name, organisation, e-mail or tag</source>
        <translation>Chercher par nom, organisation, e-mail ou étiquette</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Chercher des personnes</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filtrer par étape</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Trier par nom</translation>
    </message>
    <message>
        <source>Sort by last moment</source>
        <translation>Trier par dernier moment</translation>
    </message>
    <message>
        <source>Sort by date added</source>
        <translation>Trier par date d’ajout</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <source>Show the people you archived instead</source>
        <translation>Afficher plutôt les personnes archivées</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Last moment</source>
        <translation>Dernier moment</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Your notebook is empty.
Add the first person you met: a name and where you met is enough (Ctrl+N).</source>
        <translation>Votre carnet est vide.
Ajoutez la première personne rencontrée&#xa0;: un nom et le lieu de la rencontre suffisent (Ctrl+N).</translation>
    </message>
    <message>
        <source>No one matches this search or filter.</source>
        <translation>Personne ne correspond à cette recherche ou à ce filtre.</translation>
    </message>
    <message>
        <source>Moment with %1 logged.</source>
        <translation>Moment avec %1 noté.</translation>
    </message>
    <message>
        <source>%1 was archived.</source>
        <translation>Fiche de %1 archivée.</translation>
    </message>
    <message>
        <source>Delete %1 permanently?</source>
        <translation>Supprimer définitivement %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Their profile and %n moment(s) shared only with them will be deleted.</source>
        <translation>
            <numerusform>Son profil et %n moment partagé uniquement avec cette personne seront supprimés.</numerusform>
            <numerusform>Son profil et les %n moments partagés uniquement avec cette personne seront supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) shared with others will stay in the others&apos; stories.</source>
        <translation>
            <numerusform>%n moment partagé avec d’autres restera dans leur histoire.</numerusform>
            <numerusform>%n moments partagés avec d’autres resteront dans leur histoire.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>PersonLink</name>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Log a moment…</source>
        <translation>Noter un moment…</translation>
    </message>
    <message>
        <source>Log a moment with this person (Ctrl+L)</source>
        <translation>Noter un moment avec cette personne (Ctrl+L)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Move out of your list; you can undo or restore it later</source>
        <translation>Retirer de votre liste&#xa0;; vous pourrez annuler ou restaurer plus tard</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Delete permanently…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <source>No follow-up planned with them.</source>
        <translation>Aucune relance prévue avec cette personne.</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Prévoir une relance…</translation>
    </message>
    <message>
        <source>Follow-ups to do</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>in your archive since %1</source>
        <translation>dans vos archives depuis le %1</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>PracticeSettingsDialog</name>
    <message>
        <source>Daily practice</source>
        <translation>Pratique quotidienne</translation>
    </message>
    <message>
        <source>New people a day</source>
        <translation>Nouvelles personnes par jour</translation>
    </message>
    <message>
        <source>Reconnections a day</source>
        <translation>Reprises de contact par jour</translation>
    </message>
    <message>
        <source>Weekends don&apos;t break the streak</source>
        <translation>Les week-ends n’interrompent pas la série</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source>Evening gratitude from</source>
        <translation>Gratitude du soir à partir de</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif du jour</translation>
    </message>
    <message>
        <source>Meet &amp;new people:</source>
        <translation>Rencontrer de &amp;nouvelles personnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reconnect with:</source>
        <translation>&amp;Reprendre contact avec&#xa0;:</translation>
    </message>
    <message>
        <source>Small and steady: a goal you meet most days is worth more than a big one. A new goal counts from today; the days before keep the goal they had.</source>
        <translation>Petit et régulier&#xa0;: un objectif atteint presque chaque jour vaut mieux qu’un grand. Un nouvel objectif compte à partir d’aujourd’hui&#xa0;; les jours d’avant gardent l’objectif qu’ils avaient.</translation>
    </message>
    <message>
        <source>Evening &amp;gratitude from:</source>
        <translation>&amp;Gratitude du soir à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <source>no rhythm</source>
        <translation>sans rythme</translation>
    </message>
    <message>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <source>Keep in touch with %1 every</source>
        <translation>Garder le contact avec %1 tous les</translation>
    </message>
    <message>
        <source>Keep in touch, by tag</source>
        <translation>Garder le contact, par étiquette</translation>
    </message>
    <message>
        <source>A person&apos;s own rhythm wins. Without one, the shortest rhythm among their tags applies; the count restarts at each moment with them.</source>
        <translation>Le rythme propre à une personne l’emporte. Sinon, le plus court des rythmes de ses étiquettes s’applique&#xa0;; le compte repart à chaque moment avec elle.</translation>
    </message>
    <message>
        <source>Tag people on the People page, then give each tag a rhythm here: &quot;keep in touch with clients every 30 days&quot;.</source>
        <translation>Étiquetez des personnes sur la page Personnes, puis donnez ici un rythme à chaque étiquette&#xa0;: «&#xa0;garder le contact avec les clients tous les 30 jours&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the folder or file is read-only</source>
        <translation>le dossier ou le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation>le fichier n’est pas là</translation>
    </message>
    <message>
        <source>another program is writing to the notebook</source>
        <translation>un autre programme écrit dans le carnet</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>the file is not a Relnote notebook</source>
        <translation>le fichier n’est pas un carnet Relnote</translation>
    </message>
    <message>
        <source>the file was made by a newer Relnote</source>
        <translation>le fichier vient d’une version plus récente de Relnote</translation>
    </message>
    <message>
        <source>the file is empty, although backups show it held a notebook</source>
        <translation>le fichier est vide, alors que les sauvegardes montrent qu’il contenait un carnet</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Display name:</source>
        <translation>Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First and last name:</source>
        <translation>Prénom et nom&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>+ Add an e-mail</source>
        <translation>+ Ajouter un e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>+ Add a phone</source>
        <translation>+ Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>+ Add a link</source>
        <translation>+ Ajouter un lien</translation>
    </message>
    <message>
        <source>E-mails:</source>
        <translation>E-mails&#xa0;:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens&#xa0;:</translation>
    </message>
    <message>
        <source>How we met:</source>
        <translation>Contexte de la rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Contexte de la rencontre</translation>
    </message>
    <message>
        <source>e.g. she asked a question after my talk</source>
        <translation>par ex. elle m’a posé une question après mon intervention</translation>
    </message>
    <message>
        <source>Where we met:</source>
        <translation>Lieu de la rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>Where we met</source>
        <translation>Lieu de la rencontre</translation>
    </message>
    <message>
        <source>When we met</source>
        <translation>Date de la rencontre</translation>
    </message>
    <message>
        <source>When we met:</source>
        <translation>Date de la rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Par l’intermédiaire de</translation>
    </message>
    <message>
        <source>Type a name from your notebook</source>
        <translation>Tapez un nom de votre carnet</translation>
    </message>
    <message>
        <source>No one introduced us</source>
        <translation>Sans intermédiaire</translation>
    </message>
    <message>
        <source>Introduced by:</source>
        <translation>Par l’intermédiaire de&#xa0;:</translation>
    </message>
    <message>
        <source>Relationship stage</source>
        <translation>Étape de la relation</translation>
    </message>
    <message>
        <source>Relationship stage:</source>
        <translation>Étape de la relation&#xa0;:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. coach, Lyon</source>
        <translation>Séparées par des virgules, par ex. coach, Lyon</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Garder le contact tous les</translation>
    </message>
    <message>
        <source>Keep in touch every:</source>
        <translation>Garder le contact tous les&#xa0;:</translation>
    </message>
    <message>
        <source>What matters to them:</source>
        <translation>Ce qui lui tient à cœur&#xa0;:</translation>
    </message>
    <message>
        <source>What matters to them</source>
        <translation>Ce qui lui tient à cœur</translation>
    </message>
    <message>
        <source>How I could help:</source>
        <translation>Comment je pourrais aider&#xa0;:</translation>
    </message>
    <message>
        <source>How I could help</source>
        <translation>Comment je pourrais aider</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Qui est cette personne</translation>
    </message>
    <message>
        <source>Our relationship</source>
        <translation>Notre relation</translation>
    </message>
    <message>
        <source>A person needs a display name; the previous one is kept until you type one.</source>
        <translation>Une personne a besoin d’un nom affiché&#xa0;; le précédent est gardé tant que vous n’en tapez pas un autre.</translation>
    </message>
    <message>
        <source>This value could not be saved: %1.</source>
        <translation>Cette valeur n’a pas pu être enregistrée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>e.g. Claire Martin</source>
        <translation>par ex. Claire Martin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. the coworking breakfast</source>
        <translation>par ex. le café du coworking</translation>
    </message>
    <message>
        <source>Where we met</source>
        <translation>Lieu de la rencontre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where we met:</source>
        <translation>&amp;Lieu de la rencontre&#xa0;:</translation>
    </message>
    <message>
        <source>That is enough for now; the rest can come later.</source>
        <translation>C’est assez pour l’instant&#xa0;; le reste viendra plus tard.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Already in your notebook: %1. Add a new person only if this is someone else.</source>
        <translation>Déjà dans votre carnet&#xa0;: %1. N’ajoutez une personne que s’il s’agit de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>fiche archivée</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Jump to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>A name, an organisation, an e-mail, a tag or a page</source>
        <translation>Un nom, une organisation, un e-mail, une étiquette ou une page</translation>
    </message>
    <message>
        <source>Jump to a person or a page</source>
        <translation>Aller à une personne ou une page</translation>
    </message>
    <message>
        <source>People and pages</source>
        <translation>Personnes et pages</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>People you saw last, and the pages. Type to find anyone.</source>
        <translation>Les dernières personnes vues, et les pages. Tapez pour trouver quelqu’un.</translation>
    </message>
    <message>
        <source>No person or page matches “%1”.</source>
        <translation>Aucune personne ni page ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to go there, Esc to stay.</source>
        <translation>↑ ↓ pour choisir, Entrée pour y aller, Échap pour rester.</translation>
    </message>
    <message>
        <source>last moment %1</source>
        <translation>dernier moment&#xa0;: %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
</context>
<context>
    <name>QuietPeopleList</name>
    <message>
        <source>No one is going quiet. Give people a rhythm (every N days) on their profile, or per tag in the daily practice settings.</source>
        <translation>Personne n’est sans nouvelles de vous. Donnez un rythme aux personnes (tous les N jours) sur leur profil, ou par étiquette dans les réglages de la pratique quotidienne.</translation>
    </message>
</context>
<context>
    <name>QuietPersonRow</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>rythme&#xa0;: %n&#xa0;j</numerusform>
            <numerusform>tous les %n&#xa0;j</numerusform>
        </translation>
    </message>
    <message>
        <source>(from a tag)</source>
        <translation>(étiquette)</translation>
    </message>
    <message>
        <source>last moment %1</source>
        <translation>dernier moment&#xa0;: %1</translation>
    </message>
    <message>
        <source>no moment yet</source>
        <translation>aucun moment</translation>
    </message>
    <message>
        <source>due %1</source>
        <comment>how long ago</comment>
        <translation>prévu %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>à faire aujourd’hui</translation>
    </message>
    <message>
        <source>Log a moment</source>
        <translation>Noter un moment</translation>
    </message>
    <message>
        <source>Log a moment with %1</source>
        <translation>Noter un moment avec %1</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Prévoir une relance…</translation>
    </message>
    <message>
        <source>Plan a follow-up with %1</source>
        <translation>Prévoir une relance avec %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Daily practice</source>
        <translation>Pratique quotidienne</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Change the daily practice…</source>
        <translation>Modifier la pratique quotidienne…</translation>
    </message>
    <message>
        <source>Daily goal — new people: %1, reconnections: %2. Evening gratitude from %3:00. Keep-in-touch rhythms can be set for each tag.</source>
        <translation>Objectif du jour — nouvelles personnes&#xa0;: %1, reprises de contact&#xa0;: %2. Gratitude du soir à partir de %3 h 00. Le rythme pour garder le contact peut se régler par étiquette.</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>&#xa0;h</translation>
    </message>
    <message>
        <source>Show a morning summary of the day&apos;s follow-ups at</source>
        <translation>Afficher un résumé des relances du jour à</translation>
    </message>
    <message>
        <source>Morning summary hour</source>
        <translation>Heure du résumé du matin</translation>
    </message>
    <message>
        <source>Hold notifications back from</source>
        <translation>Retenir les notifications de</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Follow-ups remind you when they come due; the evening gratitude prompt follows the hour chosen in your daily practice (Today page).</source>
        <translation>Les relances vous sont rappelées à leur échéance&#xa0;; la gratitude du soir suit l’heure choisie dans votre pratique quotidienne (page Aujourd’hui).</translation>
    </message>
    <message>
        <source>Start Relnote when I log in</source>
        <translation>Lancer Relnote à l’ouverture de la session</translation>
    </message>
    <message>
        <source>Not available on this system yet</source>
        <translation>Pas encore disponible sur ce système</translation>
    </message>
    <message>
        <source>Start hidden in the tray</source>
        <translation>Démarrer discrètement dans la zone de notification</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Closing the window keeps Relnote in the tray when your desktop has one. A new language applies at the next start.</source>
        <translation>Fermer la fenêtre garde Relnote dans la zone de notification si votre bureau en a une. Une nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Your notebook lives in:</source>
        <translation>Votre carnet se trouve dans&#xa0;:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Fichier de suivi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Log the moment (in the moment window)</source>
        <translation>Noter le moment (dans la fenêtre du moment)</translation>
    </message>
    <message>
        <source>Remove the selected person from a moment</source>
        <translation>Retirer d’un moment la personne sélectionnée</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>arguments&#xa0;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>show this help and quit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1&#xa0;: erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Relnote: a notebook for the people you meet. Without a command, opens the window.</source>
        <translation>Relnote&#xa0;: un carnet pour les personnes que vous rencontrez. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>show Relnote&apos;s version and quit</source>
        <translation>afficher la version de Relnote et quitter</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>the folder holding the notebook (default: your user data folder; also RELNOTE_DATA_DIR)</source>
        <translation>le dossier du carnet (par défaut&#xa0;: votre dossier de données&#xa0;; aussi RELNOTE_DATA_DIR)</translation>
    </message>
    <message>
        <source>start in the system tray without showing the window</source>
        <translation>démarrer dans la zone de notification sans montrer la fenêtre</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>cannot use the data folder %1: %2.</source>
        <translation>impossible d’utiliser le dossier de données %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>back up the notebook now (into the backups folder, or to -o PATH)</source>
        <translation>sauvegarder le carnet maintenant (dans le dossier des sauvegardes, ou vers -o CHEMIN)</translation>
    </message>
    <message>
        <source>Copy the notebook with SQLite&apos;s online backup: consistent even while the window is open. Without -o the copy goes into the backups folder next to the notebook.</source>
        <translation>Copie le carnet avec la sauvegarde en ligne de SQLite&#xa0;: une copie cohérente même quand la fenêtre est ouverte. Sans -o, la copie va dans le dossier des sauvegardes, à côté du carnet.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>write the copy to this file instead</source>
        <translation>écrire la copie dans ce fichier</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the copy.</source>
        <translation>%1 est un dossier&#xa0;; donnez un nom de fichier pour la copie.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name (nothing was overwritten).</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom (rien n’a été écrasé).</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln person(s) to %1 (%2 KiB).</source>
        <translation>
            <numerusform>%Ln personne sauvegardée dans %1 (%2 Kio).</numerusform>
            <numerusform>%Ln personnes sauvegardées dans %1 (%2 Kio).</numerusform>
        </translation>
    </message>
    <message>
        <source>check the notebook&apos;s integrity and report in words</source>
        <translation>vérifier l’intégrité du carnet et en rendre compte en clair</translation>
    </message>
    <message>
        <source>The notebook %1 is damaged:</source>
        <translation>Le carnet %1 est endommagé&#xa0;:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>cannot open the notebook %1: %2.</source>
        <translation>impossible d’ouvrir le carnet %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The notebook %1 is sound: %2.</source>
        <translation>Le carnet %1 est intact&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moment(s)</source>
        <translation>
            <numerusform>%Ln moment</numerusform>
            <numerusform>%Ln moments</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is below zero</source>
        <translation>%1 est inférieur à zéro</translation>
    </message>
    <message>
        <source>fill an empty notebook with sample people, moments and journal entries</source>
        <translation>remplir un carnet vide de personnes, de moments et d’entrées de journal d’exemple</translation>
    </message>
    <message>
        <source>how many people (default %1)</source>
        <translation>combien de personnes (par défaut %1)</translation>
    </message>
    <message>
        <source>how many moments (default %1)</source>
        <translation>combien de moments (par défaut %1)</translation>
    </message>
    <message>
        <source>the same seed gives the same people and moments (default 1)</source>
        <translation>la même graine donne les mêmes personnes et les mêmes moments (par défaut 1)</translation>
    </message>
    <message>
        <source>the demo needs at least one person (--people 1 or more).</source>
        <translation>l’exemple demande au moins une personne (--people 1 ou plus).</translation>
    </message>
    <message>
        <source>Writing %1 people and %2 moments into %3…</source>
        <translation>Écriture de %1 personnes et %2 moments dans %3…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln journal entry(s)</source>
        <translation>
            <numerusform>%Ln entrée de journal</numerusform>
            <numerusform>%Ln entrées de journal</numerusform>
        </translation>
    </message>
    <message>
        <source>the notebook %1 already holds %2. The demo only fills an empty notebook, so that sample data never mixes with yours; nothing was written. Give it a new folder, e.g. relnote --data-dir ~/relnote-demo demo</source>
        <translation>le carnet %1 contient déjà %2. L’exemple ne remplit qu’un carnet vide, pour que des données d’exemple ne se mêlent jamais aux vôtres&#xa0;; rien n’a été écrit. Donnez-lui un nouveau dossier, par exemple relnote --data-dir ~/relnote-demo demo</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 people, %3 moments, %4 journal entries, %5 follow-ups and %6 tags (seed %7).</source>
        <translation>Fait en %1 s&#xa0;: %2 personnes, %3 moments, %4 entrées de journal, %5 relances et %6 étiquettes (graine %7).</translation>
    </message>
    <message>
        <source>Fill an empty notebook with realistic sample data, written in the language Relnote speaks to you (people with French and English names, years of moments, gratitude, follow-ups). It refuses a notebook that already holds anything: choose a new folder with --data-dir.</source>
        <translation>Remplit un carnet vide de données d’exemple réalistes, écrites dans la langue que Relnote vous parle (des personnes aux noms français et anglais, des années de moments, de la gratitude, des relances). Un carnet qui contient déjà quelque chose est refusé&#xa0;: choisissez un nouveau dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>Open it with: %1</source>
        <translation>Ouvrez-le avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>export people, moments, the journal or follow-ups (CSV, vCard, iCalendar)</source>
        <translation>exporter les personnes, les moments, le journal ou les relances (CSV, vCard, iCalendar)</translation>
    </message>
    <message>
        <source>Write a CSV file (UTF-8 with a BOM so Excel shows accents; dates in ISO 8601; text that a spreadsheet could run as a formula is prefixed with a &apos; and Relnote&apos;s import removes it again), people as vCard 3.0, or follow-ups as iCalendar events.</source>
        <translation>Écrit un fichier CSV (UTF-8 avec un BOM pour qu’Excel affiche les accents&#xa0;; dates en ISO 8601&#xa0;; un texte qu’un tableur pourrait exécuter comme une formule est précédé d’une &apos; que l’import de Relnote retire), les personnes en vCard 3.0, ou les relances en événements iCalendar.</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>ce qu’il faut exporter</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>csv (default), vcard (people) or ics (follow-ups)</source>
        <translation>csv (par défaut), vcard (personnes) ou ics (relances)</translation>
    </message>
    <message>
        <source>SEP</source>
        <translation>SÉP</translation>
    </message>
    <message>
        <source>the CSV separator; &apos;;&apos; suits Excel in French (default &apos;,&apos;)</source>
        <translation>le séparateur CSV&#xa0;; &apos;;&apos; convient à Excel en français (par défaut &apos;,&apos;)</translation>
    </message>
    <message>
        <source>write UTF-8 without the byte order mark</source>
        <translation>écrire l’UTF-8 sans marque d’ordre des octets (BOM)</translation>
    </message>
    <message>
        <source>with CSV: columns and values in your language and local times, for reading in a spreadsheet (Relnote does not import it back exactly)</source>
        <translation>avec CSV&#xa0;: colonnes et valeurs en français et heures locales, pour lire dans un tableur (Relnote ne le réimporte pas à l’identique)</translation>
    </message>
    <message>
        <source>with --format ics: write to-dos (VTODO) instead of events with a reminder</source>
        <translation>avec --format ics&#xa0;: écrire des tâches (VTODO) au lieu d’événements avec un rappel</translation>
    </message>
    <message>
        <source>%1 cannot be exported as %2; choose %3. Nothing was written.</source>
        <translation>%1 ne peut pas être exporté en %2&#xa0;; choisissez %3. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>cannot write %1: %2.</source>
        <translation>impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No sound backup was found; the file has been left exactly as it is.</source>
        <translation>Aucune sauvegarde intacte n’a été trouvée&#xa0;; le fichier a été laissé exactement tel quel.</translation>
    </message>
    <message>
        <source>The newest sound backup is %1 (%2 people, made %3 UTC); `relnote restore %1` puts it back and keeps the damaged file as a backup.</source>
        <translation>La sauvegarde intacte la plus récente est %1 (%2 personnes, faite le %3 UTC)&#xa0;; `relnote restore %1` la remet en place et garde le fichier endommagé comme sauvegarde.</translation>
    </message>
    <message>
        <source>the notebook %1 is damaged: nothing was written to it. %2</source>
        <translation>le carnet %1 est endommagé&#xa0;: rien n’y a été écrit. %2</translation>
    </message>
    <message>
        <source>the notebook needs an upgrade, but the backup made first failed: %1. It was not upgraded and nothing was changed.</source>
        <translation>le carnet doit être mis à niveau, mais la sauvegarde faite d’abord a échoué&#xa0;: %1. Il n’a pas été mis à niveau et rien n’a changé.</translation>
    </message>
    <message>
        <source>the backup could not be made: %1. Nothing was changed.</source>
        <translation>la sauvegarde n’a pas pu être faite&#xa0;: %1. Rien n’a changé.</translation>
    </message>
    <message>
        <source>the notebook %1 is busy: another Relnote (perhaps the open window) kept it for more than %2 seconds. Nothing was changed; try again in a moment.</source>
        <translation>le carnet %1 est occupé&#xa0;: un autre Relnote (peut-être la fenêtre ouverte) l’a gardé plus de %2 secondes. Rien n’a changé&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>stopped: %1 (%2). Nothing was changed.</source>
        <translation>arrêté&#xa0;: %1 (%2). Rien n’a changé.</translation>
    </message>
    <message>
        <source>import people from Google, Outlook, LinkedIn, a spreadsheet, vCards or a Relnote export</source>
        <translation>importer des personnes depuis Google, Outlook, LinkedIn, un tableur, des vCards ou un export de Relnote</translation>
    </message>
    <message>
        <source>Import a file into the notebook, all or nothing: if any row is invalid, nothing is imported and every problem is listed with its line number. People already in the notebook (same e-mail, or same name and organisation) are merged by default; someone with only the same name is added as a new person.</source>
        <translation>Importe un fichier dans le carnet, tout ou rien&#xa0;: si une ligne n’est pas valable, rien n’est importé et chaque problème est listé avec son numéro de ligne. Les personnes déjà dans le carnet (même e-mail, ou même nom et même organisation) sont fusionnées par défaut&#xa0;; une personne qui a seulement le même nom est ajoutée comme nouvelle personne.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>a CSV file, a vCard (.vcf) file or a Relnote export</source>
        <translation>un fichier CSV, un fichier vCard (.vcf) ou un export de Relnote</translation>
    </message>
    <message>
        <source>the kind of file (default: recognised from its headers)</source>
        <translation>le type de fichier (par défaut&#xa0;: reconnu d’après ses en-têtes)</translation>
    </message>
    <message>
        <source>how the file&apos;s characters are written (default: found by reading the file); mac_roman for an old Mac file</source>
        <translation>comment les caractères du fichier sont écrits (par défaut&#xa0;: trouvé en lisant le fichier)&#xa0;; mac_roman pour un ancien fichier Mac</translation>
    </message>
    <message>
        <source>the CSV separator: &apos;,&apos; &apos;;&apos; or &apos;tab&apos; (default: found by reading the file)</source>
        <translation>le séparateur CSV&#xa0;: &apos;,&apos; &apos;;&apos; ou &apos;tab&apos; (par défaut&#xa0;: trouvé en lisant le fichier)</translation>
    </message>
    <message>
        <source>what to do with people already in the notebook (default: merge: fill empty fields, add e-mails, phones, tags and notes)</source>
        <translation>que faire des personnes déjà dans le carnet (par défaut merge&#xa0;: remplir les champs vides, ajouter e-mails, téléphones, étiquettes et notes)</translation>
    </message>
    <message>
        <source>how the file writes 03/04/2024: day-first (3 April) or month-first (4 March) (default: found from the file&apos;s dates, else day first, and month first for English Outlook)</source>
        <translation>comment le fichier écrit 03/04/2024&#xa0;: day-first (3 avril) ou month-first (4 mars) (par défaut&#xa0;: d’après les dates du fichier, sinon le jour d’abord, et le mois d’abord pour Outlook en anglais)</translation>
    </message>
    <message>
        <source>show what would happen and change nothing</source>
        <translation>montrer ce qui se passerait, sans rien changer</translation>
    </message>
    <message>
        <source>import the valid rows and skip the invalid ones (they are listed)</source>
        <translation>importer les lignes valables et laisser de côté les autres (elles sont listées)</translation>
    </message>
    <message>
        <source>cannot import %1: %2%3 Nothing was changed.</source>
        <translation>impossible d’importer %1&#xa0;: %2%3 Rien n’a changé.</translation>
    </message>
    <message>
        <source>Run again with --encoding to say how the file is written: %1.</source>
        <translation>Relancez avec --encoding pour dire comment le fichier est écrit&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s); nothing was imported:</source>
        <translation>
            <numerusform>%1 a %Ln problème&#xa0;; rien n’a été importé&#xa0;:</numerusform>
            <numerusform>%1 a %Ln problèmes&#xa0;; rien n’a été importé&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>Run again with --dates day-first or --dates month-first to say how the file writes its dates.</source>
        <translation>Relancez avec --dates day-first ou --dates month-first pour indiquer comment le fichier écrit ses dates.</translation>
    </message>
    <message>
        <source>Fix the file, or run again with --skip-invalid to import the other rows.</source>
        <translation>Corrigez le fichier, ou relancez avec --skip-invalid pour importer les autres lignes.</translation>
    </message>
    <message>
        <source>%1 added, %2 merged, %3 duplicates skipped</source>
        <translation>%1 ajoutées, %2 fusionnées, %3 doublons laissés de côté</translation>
    </message>
    <message>
        <source>%1 %2 added, %3 already in the notebook</source>
        <translation>%2&#xa0;: %1 ajouté(s), %3 déjà dans le carnet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged with other values kept in their notes</source>
        <translation>
            <numerusform>%Ln fusionnée avec d’autres valeurs gardées dans ses notes</numerusform>
            <numerusform>%Ln fusionnées avec d’autres valeurs gardées dans leurs notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid row(s) skipped</source>
        <translation>
            <numerusform>%Ln ligne non valable laissée de côté</numerusform>
            <numerusform>%Ln lignes non valables laissées de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) ignored</source>
        <translation>
            <numerusform>%Ln groupe ignoré</numerusform>
            <numerusform>%Ln groupes ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing changed. It would have given: %1</source>
        <translation>Essai à blanc, rien n’a changé. Cela aurait donné&#xa0;: %1</translation>
    </message>
    <message>
        <source>replace the notebook with a backup (the current one is kept as a backup first)</source>
        <translation>remplacer le carnet par une sauvegarde (l’actuel est d’abord gardé comme sauvegarde)</translation>
    </message>
    <message>
        <source>Check the backup, keep the current notebook as a &apos;before-restore&apos; backup, then put the backup in its place. Quit Relnote&apos;s window first.</source>
        <translation>Vérifie la sauvegarde, garde le carnet actuel comme sauvegarde «&#xa0;avant restauration&#xa0;», puis met la sauvegarde à sa place. Quittez d’abord la fenêtre de Relnote.</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>le fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Relnote&apos;s window is open on this notebook (process %1). Quit it first, or restore from Settings → Backups. Nothing was changed.</source>
        <translation>la fenêtre de Relnote est ouverte sur ce carnet (processus %1). Quittez-la d’abord, ou restaurez depuis Paramètres → Sauvegardes. Rien n’a changé.</translation>
    </message>
    <message>
        <source>cannot restore: %1. The notebook was not replaced.</source>
        <translation>impossible de restaurer&#xa0;: %1. Le carnet n’a pas été remplacé.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 restauré dans %2.</translation>
    </message>
    <message>
        <source>The notebook as it was is kept in %1.</source>
        <translation>Le carnet tel qu’il était est gardé dans %1.</translation>
    </message>
    <message>
        <source>print what is due today, who is going quiet and the daily goal</source>
        <translation>afficher les relances du jour, les personnes sans nouvelles et l’objectif du jour</translation>
    </message>
    <message>
        <source>print one JSON object, for scripts</source>
        <translation>afficher un objet JSON, pour les scripts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>(they expect to hear from you)</source>
        <translation>(on attend de vos nouvelles)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing due today</source>
        <translation>rien de prévu aujourd’hui</translation>
    </message>
    <message>
        <source>Going quiet</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>last moment %1</source>
        <translation>dernier moment le %1</translation>
    </message>
    <message>
        <source>no moment yet</source>
        <translation>aucun moment encore</translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation>prévu il y a %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>prévu aujourd’hui</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>tous les %1</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Evening: three gratitudes are waiting in the journal.</source>
        <translation>Ce soir&#xa0;: trois gratitudes attendent dans le journal.</translation>
    </message>
    <message>
        <source>… and %1 more (relnote today --json lists them all)</source>
        <translation>… et %1 de plus (relnote today --json les liste tous)</translation>
    </message>
    <message>
        <source>new people %1/%2</source>
        <translation>nouvelles personnes %1/%2</translation>
    </message>
    <message>
        <source>reconnections %1/%2</source>
        <translation>reprises de contact %1/%2</translation>
    </message>
    <message>
        <source>Daily goal: not set</source>
        <translation>Objectif du jour&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Daily goal: %1 (%2); streak %3</source>
        <translation>Objectif du jour&#xa0;: %1 (%2)&#xa0;; série de %3</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>relnote: %1</source>
        <translation>relnote&#xa0;: %1</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments inconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valable&#xa0;: %(value)r (au choix&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument est attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>un argument au plus est attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>un argument au moins est attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valable&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>impossible avec l’argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#xa0;: %r</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>thanks to %1</source>
        <translation>grâce à %1</translation>
    </message>
    <message>
        <source>also about %1</source>
        <translation>aussi pour %1</translation>
    </message>
    <message>
        <source>Gratitude — %1</source>
        <translation>Gratitude — %1</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Follow-up done — %1</source>
        <translation>Relance faite — %1</translation>
    </message>
    <message>
        <source>they were expecting to hear from me</source>
        <translation>on attendait de mes nouvelles</translation>
    </message>
    <message>
        <source>Stage: %1 → %2</source>
        <translation>Étape&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>%1 added to the notebook</source>
        <translation>Ajout de %1 au carnet</translation>
    </message>
    <message>
        <source>Added to the notebook</source>
        <translation>Ajout au carnet</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation>Fil du temps</translation>
    </message>
    <message>
        <source>Search words or names</source>
        <translation>Chercher des mots ou des noms</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Chercher dans le fil du temps</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Only with this person</source>
        <translation>Seulement avec cette personne</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Afficher tout le monde</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Date to jump to</source>
        <translation>Date où aller</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>Back to the newest</source>
        <translation>Revenir au plus récent</translation>
    </message>
    <message>
        <source>to</source>
        <translation>jusqu’à</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Try fewer words, or clear a filter.</source>
        <translation>Rien ne correspond à ces filtres. Essayez moins de mots, ou retirez un filtre.</translation>
    </message>
    <message>
        <source>Nothing on or before this date: your notebook starts later. “Back to the newest” shows everything again.</source>
        <translation>Rien à cette date ni avant&#xa0;: votre carnet commence plus tard. «&#xa0;Revenir au plus récent&#xa0;» montre de nouveau tout.</translation>
    </message>
    <message>
        <source>Nothing here yet. The people you add, the moments you log (Ctrl+L), your gratitudes and follow-ups will appear here, the newest first.</source>
        <translation>Rien pour l’instant. Les personnes que vous ajoutez, les moments que vous notez (Ctrl+L), vos gratitudes et vos relances apparaîtront ici, les plus récents d’abord.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Moments</translation>
    </message>
    <message>
        <source>Gratitudes</source>
        <translation>Gratitudes</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Relances faites</translation>
    </message>
    <message>
        <source>Stage changes</source>
        <translation>Changements d’étape</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>Personnes ajoutées</translation>
    </message>
    <message>
        <source>Jumped to %1: that day and what came before</source>
        <translation>Saut au %1&#xa0;: ce jour-là et ce qui précède</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Change this moment…</source>
        <translation>Modifier ce moment…</translation>
    </message>
    <message>
        <source>Delete this moment…</source>
        <translation>Supprimer ce moment…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Evening is here. Before the day ends: three things, or three people, you are grateful for?</source>
        <translation>Le soir est là. Avant la fin de la journée&#xa0;: trois choses, ou trois personnes, qui vous inspirent de la gratitude&#xa0;?</translation>
    </message>
    <message>
        <source>Write my three gratitudes</source>
        <translation>Écrire mes trois gratitudes</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Prévoir une relance…</translation>
    </message>
    <message>
        <source>Nothing due today. A calm day to meet someone new.</source>
        <translation>Rien à faire aujourd’hui. Une journée calme pour rencontrer quelqu’un.</translation>
    </message>
    <message>
        <source>Going quiet</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>Les 12 dernières semaines</translation>
    </message>
    <message>
        <source>Reading your notebook…</source>
        <translation>Lecture de votre carnet…</translation>
    </message>
    <message>
        <source>Nothing due today. Next: “%1” with %2, %3.</source>
        <translation>Rien à faire aujourd’hui. Ensuite&#xa0;: «&#xa0;%1&#xa0;» avec %2, %3.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>Relnote — %n follow-up(s) due</source>
        <translation>
            <numerusform>Relnote — %n relance à faire</numerusform>
            <numerusform>Relnote — %n relances à faire</numerusform>
        </translation>
    </message>
    <message>
        <source>Relnote — nothing due</source>
        <translation>Relnote — rien à faire</translation>
    </message>
    <message>
        <source>Reminders are paused</source>
        <translation>Rappels en pause</translation>
    </message>
    <message>
        <source>Notebook: %1</source>
        <translation>Carnet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Relnote</source>
        <translation>Ouvrir Relnote</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Log a moment…</source>
        <translation>Noter un moment…</translation>
    </message>
    <message>
        <source>Write gratitude…</source>
        <translation>Écrire une gratitude…</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>Done or snooze</source>
        <translation>Faire ou reporter</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Reporter à demain</translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation>Reporter d’une semaine</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Mettre les rappels en pause</translation>
    </message>
    <message>
        <source>For one hour</source>
        <translation>Pendant une heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <source>Quit Relnote</source>
        <translation>Quitter Relnote</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>The last 12 weeks</source>
        <translation>Les 12 dernières semaines</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Moments</translation>
    </message>
    <message>
        <source>Gratitudes</source>
        <translation>Gratitudes</translation>
    </message>
    <message>
        <source>Over %1 weeks: %2 new people, %3 moments, %4 gratitudes</source>
        <translation>Sur %1 semaines&#xa0;: %2 nouvelles personnes, %3 moments, %4 gratitudes</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Relnote</source>
        <translation>Bienvenue dans Relnote</translation>
    </message>
    <message>
        <source>Relnote keeps the people you meet as relationships to grow, not names on a list.
Note how you met, what matters to them and every moment you share.
Each day, Today shows who is waiting to hear from you, and the evening asks for three thank-yous.</source>
        <translation>Relnote garde les personnes que vous rencontrez comme des relations à faire grandir, pas comme des noms sur une liste.
Notez le contexte de chaque rencontre, ce qui leur tient à cœur et chaque moment partagé.
Chaque jour, Aujourd’hui montre qui attend de vos nouvelles, et le soir vous invite à trois mercis.</translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation>Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Start with an empty notebook</source>
        <translation>Commencer avec un carnet vide</translation>
    </message>
    <message>
        <source>Add the first person you met: a name is enough.</source>
        <translation>Ajoutez la première personne rencontrée&#xa0;: un nom suffit.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Contacts from Google, Outlook, LinkedIn, a spreadsheet or vCards.</source>
        <translation>Des contacts de Google, Outlook, LinkedIn, un tableur ou des vCards.</translation>
    </message>
    <message>
        <source>Try it with sample data</source>
        <translation>Essayer avec des données d’exemple</translation>
    </message>
    <message>
        <source>Opens a separate sample notebook; yours stays empty.</source>
        <translation>Ouvre un carnet d’exemple à part&#xa0;; le vôtre reste vide.</translation>
    </message>
</context>
<context>
    <name>_ContactRow</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
</TS>
