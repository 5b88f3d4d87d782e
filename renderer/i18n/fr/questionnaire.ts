import type { questionnaire as en } from '../en/questionnaire';
import type { Translations } from '../types';

export const questionnaire: Translations<typeof en> = {
  export: {
    button: 'Exporter le questionnaire',
    fileName: '{{subject}} — questionnaire {{checklist}}',
    saved: 'Questionnaire enregistré sous {{fileName}}. Envoyez-le au fournisseur pour qu’il le remplisse.',
    failed: 'Le questionnaire n’a pas pu être exporté : {{message}}',
  },
  import: {
    button: 'Importer un questionnaire rempli',
    locked:
      'Cette évaluation est approuvée et verrouillée : rouvrez-la dans une nouvelle révision avant d’importer les réponses d’un questionnaire.',
    failed: 'Le questionnaire n’a pas pu être ouvert : {{message}}',
  },
  review: {
    title: 'Réponses de {{fileName}}',
    intro:
      'Acceptez ou rejetez chaque réponse du fournisseur. Rien n’est enregistré avant que vous l’acceptiez.',
    refused:
      'Le fichier a été refusé et rien n’a été modifié. Corrigez-le, ou exportez un nouveau questionnaire.',
    noChanges: 'Le fichier ne contient aucune réponse différente de celles de l’évaluation.',
    allReviewed: 'Toutes les réponses du fichier ont été examinées.',
    table: 'Réponses proposées',
    columns: {
      row: 'Ligne',
      question: 'Question',
      current: 'Réponse actuelle',
      proposed: 'Réponse proposée',
      comment: 'Commentaire proposé',
      decision: 'Décision',
    },
    noAnswer: 'Sans réponse',
    accept: 'Accepter',
    reject: 'Rejeter',
    acceptItem: 'Accepter la réponse à « {{question}} »',
    rejectItem: 'Rejeter la réponse à « {{question}} »',
    acceptAll: 'Tout accepter ({{count}})',
    accepted_one: '{{count}} réponse acceptée.',
    accepted_other: '{{count}} réponses acceptées.',
    failed: 'Les réponses n’ont pas pu être enregistrées : {{message}}',
    close: 'Fermer',
  },
  answers: {
    yes: 'oui',
    partial: 'partiel',
    no: 'non',
    na: 's.o.',
  },
  file: {
    sheets: { instructions: 'Instructions', questionnaire: 'Questionnaire' },
    headers: {
      itemId: 'Point',
      section: 'Section',
      question: 'Question',
      guidance: 'Conseils',
      reference: 'Référence',
      answerType: 'Type de réponse',
      answer: 'Réponse',
      comment: 'Commentaire',
    },
    answerTypes: {
      'yes-no': 'Oui / partiel / non / s.o.',
      maturity: 'Maturité 0–4 (4 = le mieux)',
      maturityConcern: 'Préoccupation 0–4 (0 = aucune, 4 = grave)',
      text: 'Texte libre',
      date: 'Date (AAAA-MM-JJ)',
    },
    instructions: {
      title: 'Questionnaire de diligence fournisseur',
      intro:
        'Nous évaluons nos fournisseurs selon la liste de contrôle nommée ci-dessous. Merci de répondre à chaque question de la feuille « Questionnaire » et de nous renvoyer ce fichier. Vos réponses sont examinées une à une avant d’être enregistrées.',
      requestedBy: 'Demandé par',
      subject: 'Objet',
      checklist: 'Liste de contrôle',
      version: 'Version de la liste',
      dueDate: 'Réponse attendue le',
      howToTitle: 'Comment répondre',
      howTo1:
        'Répondez dans la colonne « Réponse » : choisissez une valeur dans la liste déroulante, ou saisissez un texte ou une date selon la question.',
      howTo2:
        'Expliquez ou nuancez votre réponse dans la colonne « Commentaire », et citez tout document qui l’appuie.',
      howTo3:
        'Laissez la réponse vide si vous ne pouvez pas répondre ; utilisez s.o. (sans objet) quand la question ne vous concerne pas.',
      howTo4:
        'N’ajoutez, ne supprimez, ne déplacez ni ne modifiez aucune ligne ni aucune autre colonne : la feuille est protégée, et un fichier dont la structure a été modifiée ne peut pas être importé.',
      legendTitle: 'Réponses',
      legend: {
        'yes-no':
          'oui = entièrement en place · partiel = en partie en place ou prévu · non = pas en place · s.o. = sans objet.',
        maturity:
          '0 = pas en place · 1 = initial, ponctuel · 2 = défini mais pas appliqué partout · 3 = appliqué et contrôlé · 4 = mesuré et amélioré en continu · s.o. = sans objet.',
        maturityConcern:
          'Un niveau de préoccupation, l’inverse de la maturité : 0 = aucune préoccupation · 1 = faible · 2 = moyenne · 3 = élevée · 4 = grave · s.o. = sans objet. Les conseils de chaque point décrivent chaque niveau.',
        text: 'Un texte quelconque, jusqu’à 20 000 caractères.',
        date: 'Une date, par exemple 2026-03-31.',
      },
    },
    invalid: {
      title: 'Réponse refusée',
      choice: 'Choisissez une réponse dans la liste, ou laissez la cellule vide.',
      date: 'Saisissez une date, par exemple 2026-03-31.',
      tooLong: '20 000 caractères au plus.',
    },
  },
  problems: {
    notXlsx:
      'Ce n’est pas un fichier XLSX. Choisissez le questionnaire exporté depuis cette évaluation, une fois rempli.',
    unreadable: 'Le fichier n’a pas pu être lu comme un classeur XLSX ; il est peut-être endommagé.',
    notQuestionnaire:
      'Ce classeur n’est pas un questionnaire exporté par cette application (sa feuille de contrôle manque ou a été modifiée).',
    otherAssessment:
      'Ce fichier concerne une autre évaluation : {{subject}} — {{checklist}}, révision {{revision}}. Importez-le sur cette évaluation.',
    otherChecklist:
      'Ce fichier a été exporté pour la version {{version}} de « {{checklist}} » ; cette évaluation utilise la version {{expected}}.',
    checklistChanged:
      'La liste de contrôle a été modifiée depuis l’export de ce questionnaire. Exportez un nouveau questionnaire et renvoyez-le.',
    missingSheet: 'La feuille « {{sheet}} » manque dans le fichier.',
    structureChanged:
      'la structure a été modifiée : cette ligne devrait contenir le point « {{itemId}} » avec sa question inchangée.',
    extraRow: 'la structure a été modifiée : on ne peut pas ajouter de lignes après la dernière question.',
    yesNo: 'Choisissez parmi {{allowed}}, ou laissez vide.',
    maturity: 'Choisissez un niveau de 0 à 4 ou {{na}}, ou laissez vide.',
    date: 'Saisissez une date de la forme AAAA-MM-JJ qui existe dans le calendrier.',
    tooLong: '{{max}} caractères au plus.',
  },
};
