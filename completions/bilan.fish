# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_bilan_global_optspecs
    string join \n lang= config-dir= data-dir= h/help V/version
end

function __fish_bilan_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_bilan_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_bilan_using_subcommand
    set -l cmd (__fish_bilan_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c bilan -n "__fish_bilan_needs_command" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_needs_command" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_needs_command" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bilan -n "__fish_bilan_needs_command" -s V -l version -d 'Print version'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "profiles" -d 'Role profiles: list, show, validate / profils de poste : lister, afficher, valider'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "match" -d 'Rank the profiles for an assessment file / classer les profils pour un bilan'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "report" -d 'Write the report of an assessment (HTML, Markdown, CSV, JSON) / rapport d\'un bilan'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "plan" -d 'The development plan: gaps to the best (or given) profile, with goals and actions / plan de développement'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "guide" -d 'A coach\'s interview guide for a profile / guide d\'entretien pour un profil'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "compare" -d 'Self-rating vs coach\'s rating of one person, item by item / auto-évaluation face au coach'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "diff" -d 'What rose and fell between two assessments of one person / progrès entre deux bilans'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "cohort" -d 'Gaps of a group against one profile, to plan training / écarts d\'un groupe face à un profil'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "schema" -d 'Print the JSON Schema of profiles, assessments or the catalogue / schéma JSON'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "quick" -d 'Quick orientation: about a dozen questions in the TUI (--name), or replayed from a file (--answers --json) / orientation rapide'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "new" -d 'Start a new assessment in the TUI (or line by line: --plain) / commencer un nouveau bilan'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "resume" -d 'Resume a saved assessment in the TUI (or line by line: --plain) / reprendre un bilan enregistré'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "completions" -d 'Print the shell completion script (profile ids as loaded now) / script de complétion pour le shell'
complete -c bilan -n "__fish_bilan_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and not __fish_seen_subcommand_from list show validate help" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and not __fish_seen_subcommand_from list show validate help" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and not __fish_seen_subcommand_from list show validate help" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and not __fish_seen_subcommand_from list show validate help" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and not __fish_seen_subcommand_from list show validate help" -f -a "list" -d 'List the profiles in use / lister les profils'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and not __fish_seen_subcommand_from list show validate help" -f -a "show" -d 'Show one profile as a job sheet / afficher un profil (fiche de poste)'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and not __fish_seen_subcommand_from list show validate help" -f -a "validate" -d 'Check a profile or catalogue file / vérifier un fichier de profil ou de catalogue'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and not __fish_seen_subcommand_from list show validate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from list" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from list" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from list" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from show" -s f -l format -d 'As a job sheet to publish: md or html / en fiche de poste : md ou html' -r -f -a "html\t''
md\t''"
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from show" -s o -l output -d 'Write to this file / écrire dans ce fichier' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from show" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from show" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from show" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from show" -l json -d 'Print the profile\'s JSON / afficher le JSON du profil'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from validate" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from validate" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from validate" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the profiles in use / lister les profils'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one profile as a job sheet / afficher un profil (fiche de poste)'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check a profile or catalogue file / vérifier un fichier de profil ou de catalogue'
complete -c bilan -n "__fish_bilan_using_subcommand profiles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bilan -n "__fish_bilan_using_subcommand match" -l profile -d 'Show the detail of this profile only / détailler ce seul profil' -r -f -a "cm\t''
cno\t''
ite\t''"
complete -c bilan -n "__fish_bilan_using_subcommand match" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand match" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand match" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand match" -l json -d 'Print JSON for scripts / sortie JSON pour les scripts'
complete -c bilan -n "__fish_bilan_using_subcommand match" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand report" -s f -l format -d 'Output format (default: from OUT\'s extension, else Markdown) / format de sortie' -r -f -a "html\t''
md\t''
csv\t''
json\t''"
complete -c bilan -n "__fish_bilan_using_subcommand report" -s o -l output -d 'Write to this file instead of the standard output / écrire dans ce fichier' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand report" -l delimiter -d 'CSV field separator; \';\' writes for a French spreadsheet (decimal commas, UTF-8 BOM) / séparateur CSV ; « ; » écrit pour un tableur français (virgule décimale, BOM UTF-8)' -r
complete -c bilan -n "__fish_bilan_using_subcommand report" -l with -d 'Compare with the other rater\'s assessment of the same person (default: the one saved next to FILE) / comparer avec l\'autre évaluation de la même personne (par défaut : celle enregistrée à côté de FILE)' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand report" -l profile -d 'Detail this profile and plan for it, or \'all\' for every profile (default: the best match) / détailler ce profil, ou « all » pour tous (par défaut : le plus proche)' -r -f -a "cm\t''
cno\t''
ite\t''"
complete -c bilan -n "__fish_bilan_using_subcommand report" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand report" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand report" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand report" -l no-compare -d 'Leave out the comparison with the other rater\'s assessment, found or given with --with / ne pas inclure la comparaison avec l\'autre évaluation, trouvée ou donnée par --with'
complete -c bilan -n "__fish_bilan_using_subcommand report" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand plan" -s f -l format -d 'Output format / format de sortie' -r -f -a "html\t''
md\t''"
complete -c bilan -n "__fish_bilan_using_subcommand plan" -s o -l output -d 'Write to this file / écrire dans ce fichier' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand plan" -l profile -d 'Target profile (default: the best match) / profil visé (par défaut : le plus proche)' -r -f -a "cm\t''
cno\t''
ite\t''"
complete -c bilan -n "__fish_bilan_using_subcommand plan" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand plan" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand plan" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand plan" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand guide" -s f -l format -d 'Output format / format de sortie' -r -f -a "html\t''
md\t''"
complete -c bilan -n "__fish_bilan_using_subcommand guide" -s o -l output -d 'Write to this file / écrire dans ce fichier' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand guide" -l profile -d 'The profile (cm, cno, ite, or a custom one) / le profil' -r -f -a "cm\t''
cno\t''
ite\t''"
complete -c bilan -n "__fish_bilan_using_subcommand guide" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand guide" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand guide" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand guide" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand compare" -s f -l format -d 'Output format / format de sortie' -r -f -a "text\t''
md\t''
json\t''"
complete -c bilan -n "__fish_bilan_using_subcommand compare" -s o -l output -d 'Write to this file / écrire dans ce fichier' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand compare" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand compare" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand compare" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand compare" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand diff" -s f -l format -d 'Output format / format de sortie' -r -f -a "text\t''
md\t''
json\t''"
complete -c bilan -n "__fish_bilan_using_subcommand diff" -s o -l output -d 'Write to this file / écrire dans ce fichier' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand diff" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand diff" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand diff" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand diff" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand cohort" -s f -l format -d 'Output format / format de sortie' -r -f -a "table\t''
csv\t''
json\t''
md\t''
html\t''"
complete -c bilan -n "__fish_bilan_using_subcommand cohort" -s o -l output -d 'Write to this file / écrire dans ce fichier' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand cohort" -l delimiter -d 'CSV field separator; \';\' writes for a French spreadsheet (decimal commas, UTF-8 BOM) / séparateur CSV ; « ; » écrit pour un tableur français (virgule décimale, BOM UTF-8)' -r
complete -c bilan -n "__fish_bilan_using_subcommand cohort" -l profile -d 'The target profile / le profil visé' -r -f -a "cm\t''
cno\t''
ite\t''"
complete -c bilan -n "__fish_bilan_using_subcommand cohort" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand cohort" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand cohort" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand cohort" -l tui -d 'Explore the analysis in the terminal UI (heatmap, priorities) / explorer l\'analyse dans l\'interface'
complete -c bilan -n "__fish_bilan_using_subcommand cohort" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand schema" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand schema" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand schema" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand schema" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand quick" -l name -d 'The person oriented: opens the screens on the quick questions / la personne orientée : ouvre les écrans sur les questions rapides' -r
complete -c bilan -n "__fish_bilan_using_subcommand quick" -l answers -d 'Take each answer from this assessment file; an item it lacks counts as not applicable / prendre chaque réponse dans ce bilan (item absent : sans objet)' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand quick" -l max -d 'Ask at most N questions (default 15) / poser au plus N questions (15 par défaut)' -r
complete -c bilan -n "__fish_bilan_using_subcommand quick" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand quick" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand quick" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand quick" -l coach -d 'Rate as a coach rather than self-rating / évaluer en tant que coach'
complete -c bilan -n "__fish_bilan_using_subcommand quick" -l plain -d 'Ask line by line, without screen drawing (screen readers, scripts; the default without a terminal or with TERM=dumb) / questions ligne à ligne, sans dessin d\'écran'
complete -c bilan -n "__fish_bilan_using_subcommand quick" -l json -d 'Print the replay as JSON for scripts (with --answers) / sortie JSON pour les scripts (avec --answers)'
complete -c bilan -n "__fish_bilan_using_subcommand quick" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand new" -l name -d 'The person assessed / la personne évaluée' -r
complete -c bilan -n "__fish_bilan_using_subcommand new" -l coach-name -d 'The coach\'s own name, kept in the file / le nom du coach, gardé dans le fichier' -r
complete -c bilan -n "__fish_bilan_using_subcommand new" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand new" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand new" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand new" -l coach -d 'Rate as a coach rather than self-rating / évaluer en tant que coach'
complete -c bilan -n "__fish_bilan_using_subcommand new" -l plain -d 'Ask line by line, without screen drawing (screen readers, scripts; the default without a terminal or with TERM=dumb) / questions ligne à ligne, sans dessin d\'écran'
complete -c bilan -n "__fish_bilan_using_subcommand new" -l blind -d 'Blind rating: hide the self-rating of an item until you have rated it / notation à l\'aveugle : masquer l\'auto-évaluation d\'un élément jusqu\'à votre note'
complete -c bilan -n "__fish_bilan_using_subcommand new" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand resume" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand resume" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand resume" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand resume" -l coach -d 'The coach\'s assessment of that person / le bilan fait par le coach'
complete -c bilan -n "__fish_bilan_using_subcommand resume" -l plain -d 'Ask line by line, without screen drawing (screen readers, scripts; the default without a terminal or with TERM=dumb) / questions ligne à ligne, sans dessin d\'écran'
complete -c bilan -n "__fish_bilan_using_subcommand resume" -l blind -d 'Blind rating: hide the self-rating of an item until you have rated it / notation à l\'aveugle : masquer l\'auto-évaluation d\'un élément jusqu\'à votre note'
complete -c bilan -n "__fish_bilan_using_subcommand resume" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand completions" -l lang -d 'Language of the output (default: from the locale) / langue de l\'affichage (par défaut : celle du système)' -r -f -a "fr\t''
en\t''"
complete -c bilan -n "__fish_bilan_using_subcommand completions" -l config-dir -d 'Folder of custom profiles (*.json) / dossier des profils personnalisés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand completions" -l data-dir -d 'Folder where assessments are saved / dossier où les bilans sont enregistrés' -r -F
complete -c bilan -n "__fish_bilan_using_subcommand completions" -s h -l help -d 'Print help'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "profiles" -d 'Role profiles: list, show, validate / profils de poste : lister, afficher, valider'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "match" -d 'Rank the profiles for an assessment file / classer les profils pour un bilan'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "report" -d 'Write the report of an assessment (HTML, Markdown, CSV, JSON) / rapport d\'un bilan'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "plan" -d 'The development plan: gaps to the best (or given) profile, with goals and actions / plan de développement'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "guide" -d 'A coach\'s interview guide for a profile / guide d\'entretien pour un profil'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "compare" -d 'Self-rating vs coach\'s rating of one person, item by item / auto-évaluation face au coach'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "diff" -d 'What rose and fell between two assessments of one person / progrès entre deux bilans'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "cohort" -d 'Gaps of a group against one profile, to plan training / écarts d\'un groupe face à un profil'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "schema" -d 'Print the JSON Schema of profiles, assessments or the catalogue / schéma JSON'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "quick" -d 'Quick orientation: about a dozen questions in the TUI (--name), or replayed from a file (--answers --json) / orientation rapide'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "new" -d 'Start a new assessment in the TUI (or line by line: --plain) / commencer un nouveau bilan'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "resume" -d 'Resume a saved assessment in the TUI (or line by line: --plain) / reprendre un bilan enregistré'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "completions" -d 'Print the shell completion script (profile ids as loaded now) / script de complétion pour le shell'
complete -c bilan -n "__fish_bilan_using_subcommand help; and not __fish_seen_subcommand_from profiles match report plan guide compare diff cohort schema quick new resume completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c bilan -n "__fish_bilan_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "list" -d 'List the profiles in use / lister les profils'
complete -c bilan -n "__fish_bilan_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "show" -d 'Show one profile as a job sheet / afficher un profil (fiche de poste)'
complete -c bilan -n "__fish_bilan_using_subcommand help; and __fish_seen_subcommand_from profiles" -f -a "validate" -d 'Check a profile or catalogue file / vérifier un fichier de profil ou de catalogue'
