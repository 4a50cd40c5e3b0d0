#!/usr/bin/env python3
"""How label_recordings.py reads a recording's path into sound concepts, with
the shipped vocabulary: a path is labelled with the sound it names, in the
sense a file name means it, and with nothing where it names no sound."""
import pathlib
import sys
import tempfile
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import label_recordings  # noqa: E402

VOCABULARY = label_recordings.Vocabulary(
    pathlib.Path(__file__).resolve().parents[2] / 'resources/vocabulary/sound-vocabulary.tsv')


def concepts(package, relative):
    return label_recordings.concepts_of_path(package, relative, VOCABULARY)


class PathLabelling(unittest.TestCase):
    def test_a_named_animal_is_that_animal(self):
        self.assertIn('horse', concepts('scratch', 'usr/share/scratch/Media/Sounds/Animal/HorseGallop.wav'))

    def test_a_sound_verb_names_its_source(self):
        self.assertIn('cow', concepts('scorched3d-data', 'usr/share/games/scorched3d/data/wav/misc/moo.wav'))

    def test_a_level_in_a_file_name_is_not_a_cow_lowing(self):
        self.assertNotIn('cow', concepts('lincity-ng-data', 'usr/share/games/lincity-ng/sounds/TraficLow1.wav'))

    def test_a_female_voice_is_not_an_animal(self):
        labelled = concepts('scratch', 'usr/share/scratch/Media/Sounds/Human/Cough-female.wav')
        self.assertIn('cough', labelled)
        self.assertNotIn('animal', labelled)

    def test_a_switch_click_is_not_typing(self):
        self.assertEqual(concepts('flightgear-data-base', 'usr/share/games/flightgear/Sounds/click.wav'), [])

    def test_a_hand_clap_in_a_drum_kit_is_clapping(self):
        labelled = concepts('hydrogen-drumkits', 'usr/share/hydrogen/data/drumkits/Gimme A Hand 1.0/HandClap-Hard.wav')
        self.assertIn('clapping', labelled)
        self.assertNotIn('drum', labelled)

    def test_a_drum_kit_piece_is_a_drum(self):
        self.assertIn('drum', concepts('hydrogen-drumkits', 'usr/share/hydrogen/data/drumkits/ForzeeStereo/Kick-1.wav'))

    def test_a_car_named_by_its_model_is_an_engine(self):
        self.assertIn('engine', concepts('torcs-data', 'usr/share/games/torcs/data/sound/ferrarif355.wav'))

    def test_a_skid_among_the_engines_is_a_skid(self):
        labelled = concepts('torcs-data', 'usr/share/games/torcs/data/sound/skid_tyres.wav')
        self.assertIn('skid', labelled)
        self.assertNotIn('engine', labelled)

    def test_a_game_unit_is_the_animal_its_folder_names(self):
        unit = 'usr/share/games/megaglest/techs/megapack/factions/'
        self.assertIn('elephant', concepts('megaglest-data', unit + 'persian/units/elephant/sounds/ele1.wav'))
        self.assertIn('cow', concepts('megaglest-data', unit + 'indian/units/bull/sounds/bull_attack1.wav'))

    def test_a_family_folder_does_not_name_the_animal(self):
        labelled = concepts('tuxpaint-stamps-default', 'usr/share/tuxpaint/stamps/animals/mammals/cats/tiger.ogg')
        self.assertIn('lion', labelled)
        self.assertNotIn('cat', labelled)

    def test_a_spoken_word_of_a_reading_game_is_speech_not_what_it_names(self):
        self.assertEqual(concepts('qabcs-data', 'usr/share/qabcs/abcs/en/sounds/words/dog.ogg'), ['speech', 'human'])

    def test_an_actor_laughing_is_laughter_not_speech(self):
        self.assertEqual(concepts('hedgewars-data', 'usr/share/hedgewars/Data/Sounds/voices/Pirate/Laugh.ogg'),
                         ['laughter', 'human'])

    def test_an_actor_grunting_is_human_but_no_speech(self):
        self.assertEqual(concepts('hedgewars-data', 'usr/share/hedgewars/Data/Sounds/voices/Pirate/Ooff2.ogg'),
                         ['human'])

    def test_a_voice_folder_named_female_is_a_woman_speaking(self):
        self.assertEqual(concepts('kajongg', 'usr/share/kajongg/voices/de/female2/pung.ogg'),
                         ['female_speech', 'speech', 'human'])

    def test_a_languages_folder_is_one_speaker(self):
        self.assertEqual(label_recordings.speaker_of('ktuberling-data/usr/share/ktuberling/sounds/fr/chien.ogg'),
                         'ktuberling-data/usr/share/ktuberling/sounds/fr')

    def test_a_low_voiced_speaker_is_a_man(self):
        self.assertEqual(label_recordings.voice_of([110, 118, 125, 240, 105]), 'male_speech')

    def test_a_speaker_in_a_womans_range_is_a_woman(self):
        self.assertEqual(label_recordings.voice_of([205, 190, 230, 214, 120]), 'female_speech')

    def test_a_folder_of_mixed_voices_names_no_speaker(self):
        self.assertIsNone(label_recordings.voice_of([110, 120, 210, 220, 230, 115]))

    def test_a_childs_high_voice_is_neither(self):
        self.assertIsNone(label_recordings.voice_of([340, 360, 320, 380]))

    def test_speech_of_an_untold_voice_leaves_the_voice_unknown(self):
        rows = [['train', 'event', 'speech,human', '1.00', 'hedgewars-data',
                 'usr/share/games/hedgewars/Data/Sounds/voices/Pirate/Hello.ogg', '/nowhere', 'GPL', 'x', 'sha']]
        with tempfile.TemporaryDirectory() as folder:
            label_recordings.label_voices(rows, 'unused', pathlib.Path(folder) / 'pitch')
        self.assertEqual(rows[0][2], 'speech,human,?male_speech,?female_speech')

    def test_a_spoken_word_is_speech_whatever_it_names(self):
        self.assertEqual(concepts('ktuberling-data', 'usr/share/ktuberling/sounds/en/dog.ogg'), ['speech', 'human'])


if __name__ == '__main__':
    unittest.main()
