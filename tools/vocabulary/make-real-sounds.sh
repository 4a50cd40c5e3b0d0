#!/usr/bin/env bash
# Real, labelled sound recordings from Debian packages (../shared
# sound-sources.md), downloaded and unpacked, never installed, into
# build/realsounds/files/PACKAGE/..., keeping the files whose paths name
# what they are and leaving out speech lines, spoken letters, music and
# synthetic sounds (and each package's copyright file, for the corpus
# manifest); then imported into build/realsounds/library, once.
# tools/vocabulary/label_recordings.py labels them by path (and a few
# packages as a whole: drum kits, key clicks, spoken words).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=build/realsounds
mkdir -p "$root/debs" "$root/files"
# package: the extended regular expression of the paths kept
declare -A keep=(
  [tuxpaint-stamps-default]='stamps/(animals|household|hobbies|naturalforces|seasonal|town|vehicles|food|people)/.*\.ogg$'
  [scratch]='Media/Sounds/(Animal|Effects|Human|Instruments|Percussion)/'
  [qabcs-data]='abcs/all/noises/|sounds/cheering|abcs/[^/]+/sounds/words/(a|а)' # spoken words: those beginning with the first letter
  [lincity-ng-data]='sounds/.*\.wav$'
  [simutrans-pak64]='sound/.*\.wav$'
  [scorched3d-data]='wav/misc/'
  [micropolis-data]='sounds/.*\.wav$'
  [sonic-pi-samples]='samples/(ambi|bass|drum|guit|misc|perc|tabla|vinyl|loop)_'
  [flightgear-data-base]='flightgear/(Sounds|Aircraft/c172p/Sounds)/[^/]*\.wav$'
  [widelands-data]='widelands/data/(sound|world/critters)/'
  [megaglest-data]='tilesets/[^/]*/sounds/|units/(chicken|bull|sheep|elephant|wild_sow|beehive)/sounds/|commondata/sounds/(cow|pig)_'
  [wesnoth-1.16-data]='data/core/sounds/'
  [hydrogen-drumkits]='drumkits/(rumpf|Forzee|BJA|Millo|Colombo|Audiophob|Gimme)'
  [supertuxkart-data]='data/(sfx|tracks|library)/'
  [unknown-horizons]='content/audio/sounds/'
  [lmms-common]='samples/(drums|effects|misc|latin|instruments)/'
  [etw-data]='etw/(crowd|snd)/'
  [tuxfootball]='sound/(crowd|refwhistle|kick|bounce)'
  [lugaru-data]='Sounds/(Bark|Growl|Snarl|Hawk|FootStep|Fire|Wind|BushRustle|Break|Broken|Clank|MetalHit|Skid|Thud|Knife|Sword|DesertAmbient)'
  [bucklespring-data]='buckle/wav/'
  [minetest-mod-homedecor]='sounds/'
  [searchandrescue-data]='searchandrescue/sounds/'
  [ktuberling-data]='ktuberling/sounds/'
  [kajongg]='kajongg/voices/(de/)?(female|male)[12]/(chow|kong|mahjongg|pung|dangerousgame|nochoice|originalcall)\.ogg$'
  [klettres-data]='klettres/[^/]+/(alpha|syllab)/'
  [hedgewars-data]='Sounds/voices/(British|Classic|Default|Default_es|Default_pl|Default_ru|Default_uk|HillBilly|Mobster|Pirate|Russian|Russian_pl|Surfer)/'
  [torcs-data]='torcs/data/sound/.*\.wav$'
  [minetest-data]='sounds/(default|doors|env_sounds|fire|tnt|xpanes|carts)_'
)
# Packages whose sounds sit in an archive inside: the archive, and the
# extended regular expression of the members kept.
declare -A archive=(
  [0ad-data]='usr/share/games/0ad/mods/public/public.zip'
  [ufoai-sound]='usr/share/games/ufoai/base/0snd.pk3'
)
declare -A member=(
  [0ad-data]='^audio/(actor/fauna|ambient|actor/human/movement|resource|actor/gate|actor/singlesteps|attack/impact|attack/weapon/(sword|arrow)|actor/mechanical|actor/siege)'
  [ufoai-sound]='^sound/(ambience|footsteps|misc|doors|impact|civilians/.*(scream|die))'
)
# GCompris keeps its recordings in Qt resource bundles, one per activity:
# the activities whose recordings are real and named.
gcompris_activities='explore_farm_animals|instruments|memory-sound|explore_world_music|melody|canal_lock|watercycle'
for package in "${!keep[@]}" "${!archive[@]}" gcompris-qt-data; do
  [[ -f $root/files/$package/.done ]] && continue
  if ! ls "$root/debs/${package}_"*.deb >/dev/null 2>&1; then
    (cd "$root/debs" && apt-get download "$package")
  fi
  mkdir -p "$root/files/$package"
  deb=$(ls "$root"/debs/"${package}"_*.deb)
  if [[ $package == gcompris-qt-data ]]; then
    scratch=$root/scratch-$package
    mkdir -p "$scratch"
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$scratch" ./usr/share/gcompris-qt/rcc "./usr/share/doc/$package/copyright"
    for bundle in "$scratch"/usr/share/gcompris-qt/rcc/*.rcc; do
      if [[ $(basename "$bundle" .rcc) =~ ^($gcompris_activities)$ ]]; then
        build/tools/lectern-rcc-extract "$bundle" "$root/files/$package" >/dev/null
      fi
    done
    mkdir -p "$root/files/$package/usr/share/doc/$package"
    cp "$scratch/usr/share/doc/$package/copyright" "$root/files/$package/usr/share/doc/$package/"
    rm -rf "$scratch"
  elif [[ -n ${archive[$package]:-} ]]; then
    scratch=$root/scratch-$package
    mkdir -p "$scratch"
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$scratch" "./${archive[$package]}" "./usr/share/doc/$package/copyright"
    unzip -Z1 "$scratch/${archive[$package]}" | grep -E '\.(wav|ogg|flac|mp3)$' | grep -E "${member[$package]}" \
      > "$root/files/$package.list" || true
    unzip -q -o "$scratch/${archive[$package]}" -d "$root/files/$package" $(cat "$root/files/$package.list")
    mkdir -p "$root/files/$package/usr/share/doc/$package"
    cp "$scratch/usr/share/doc/$package/copyright" "$root/files/$package/usr/share/doc/$package/"
    rm -rf "$scratch"
  else
    dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -E '\.(wav|ogg|flac|mp3|aif|aiff)$' |
      grep -E "${keep[$package]}" | grep -v '_desc' > "$root/files/$package.list" || true
    echo "./usr/share/doc/$package/copyright" >> "$root/files/$package.list"  # licences for the manifest
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$root/files/$package" -T "$root/files/$package.list"
  fi
  touch "$root/files/$package/.done"
done
# The instruments of two General MIDI sound fonts, rendered note by note and
# in phrases: FluidR3 (installed by the setup script) and TimGM6mb
# (downloaded, never installed), two recordings of each instrument.
python3 tools/vocabulary/render_instruments.py "$root/files"
if [[ ! -f $root/files/timgm6mb-soundfont/.done ]]; then
  (cd "$root/debs" && ls timgm6mb-soundfont_*.deb >/dev/null 2>&1 || apt-get download timgm6mb-soundfont)
  font=$root/scratch-timgm6mb
  mkdir -p "$font"
  dpkg-deb -x "$root"/debs/timgm6mb-soundfont_*.deb "$font"
  python3 tools/vocabulary/render_instruments.py "$root/files" --sound-font "$font/usr/share/sounds/sf2/TimGM6mb.sf2" \
    --package timgm6mb-soundfont --copyright "$font/usr/share/doc/timgm6mb-soundfont/copyright"
  rm -rf "$font"
  touch "$root/files/timgm6mb-soundfont/.done"
fi
if [[ ! -f $root/library/.imported ]]; then
  build/app/lectern-cli --library "$root/library" import "$root/files" >/dev/null || true
  touch "$root/library/.imported"
fi
find "$root/files" -type f \( -name '*.wav' -o -name '*.ogg' -o -name '*.flac' -o -name '*.mp3' -o -name '*.aif*' \) | wc -l
